package nl.clubhuis.doetank;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Says what members know and what Doetanks look for, straight in the tables (the pages to
 * edit them are built elsewhere), by the terms' addresses such as "juridisch".
 */
public class TestExpertise {

	private final JdbcTemplate jdbc;

	public TestExpertise(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void memberKnows(Long memberId, String... terms) {
		for (String term : terms) {
			this.jdbc.update(
					"INSERT INTO member_expertise (member_id, expertise_id) SELECT ?, id FROM expertise WHERE slug = ?",
					memberId, term);
		}
	}

	public void doetankLooksFor(String doetankSlug, String... terms) {
		for (String term : terms) {
			this.jdbc.update("""
					INSERT INTO doetank_expertise (doetank_id, expertise_id)
					SELECT d.id, e.id FROM doetank d, expertise e WHERE d.slug = ? AND e.slug = ?""", doetankSlug,
					term);
		}
	}

	/** The term's name in Dutch. */
	public String name(String term) {
		return this.jdbc.queryForObject("SELECT name_nl FROM expertise WHERE slug = ?", String.class, term);
	}

	public Long id(String term) {
		return this.jdbc.queryForObject("SELECT id FROM expertise WHERE slug = ?", Long.class, term);
	}

}
