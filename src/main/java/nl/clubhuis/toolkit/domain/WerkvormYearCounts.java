package nl.clubhuis.toolkit.domain;

import java.util.List;

import nl.clubhuis.toolkit.WerkvormYears;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the toolkit's own usage records per werkvorm in a year, in the database. */
@Service
class WerkvormYearCounts implements WerkvormYears {

	private final JdbcTemplate jdbc;

	WerkvormYearCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Use> mostUsed(int year, int howMany) {
		return this.jdbc.query("""
				SELECT w.slug, w.name, count(DISTINCT u.doetank_id) AS doetanks
				FROM werkvorm_usage u JOIN werkvorm w ON w.id = u.werkvorm_id
				WHERE extract(year FROM u.recorded_at AT TIME ZONE 'Europe/Amsterdam')::int = ?
				GROUP BY w.id, w.slug, w.name ORDER BY doetanks DESC, w.name LIMIT ?""",
				(row, n) -> new Use(row.getString("slug"), row.getString("name"), row.getLong("doetanks")), year,
				howMany);
	}

}
