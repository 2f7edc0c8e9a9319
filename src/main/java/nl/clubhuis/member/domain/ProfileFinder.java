package nl.clubhuis.member.domain;

import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.ProfileVisibility;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds members by what their profiles say, among those whose profile members may see
 * (everyone or members only), who verified their address and are neither blocked nor
 * erased. Each method is a fixed number of statements.
 */
@Service
@Transactional(readOnly = true)
public class ProfileFinder {

	public static final int PAGE_SIZE = 20;

	/** Whose profiles a member may find: the rule is ProfileVisibility's, in SQL. */
	private static final String FINDABLE = """
			m.profile_visibility IN ('IEDEREEN', 'LEDEN') AND m.email_verified_at IS NOT NULL
			AND m.blocked_at IS NULL AND m.erased_at IS NULL""";

	private static final String COLUMNS = "m.id, m.name, m.organisation, m.slug, m.profile_visibility, m.job_title";

	private final NamedParameterJdbcTemplate jdbc;

	private final ExpertiseVocabulary vocabulary;

	ProfileFinder(NamedParameterJdbcTemplate jdbc, ExpertiseVocabulary vocabulary) {
		this.jdbc = jdbc;
		this.vocabulary = vocabulary;
	}

	/** What /leden filters on; null or blank means any. */
	public record Filter(Long expertise, String organisation, String name) {
	}

	/** A member in the directory: name, function, organisation and expertise. */
	public record Listed(MemberRef member, String jobTitle, List<Expertise> expertise) {
	}

	/** One page of the directory, by name. */
	public Page<Listed> find(Filter filter, int page) {
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("expertise", filter.expertise(), java.sql.Types.BIGINT)
			.addValue("organisation", contains(filter.organisation()))
			.addValue("name", contains(filter.name()))
			.addValue("size", PAGE_SIZE)
			.addValue("offset", (long) page * PAGE_SIZE);
		String where = " FROM member m WHERE " + FINDABLE + " " + """
				AND (CAST(:expertise AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM member_expertise e
				     WHERE e.member_id = m.id AND e.expertise_id = :expertise))
				AND fold_accents(coalesce(m.organisation, '')) LIKE fold_accents(:organisation) ESCAPE '\\'
				AND fold_accents(m.name) LIKE fold_accents(:name) ESCAPE '\\'""";
		List<Row> rows = this.jdbc.query(
				"SELECT " + COLUMNS + where + " ORDER BY lower(m.name), m.id LIMIT :size OFFSET :offset", params, ROW);
		Long total = this.jdbc.queryForObject("SELECT count(*)" + where, params, Long.class);
		Map<Long, Set<Long>> expertise = expertiseOf(rows.stream().map((row) -> row.ref().id()).toList());
		Map<Long, Expertise> names = this.vocabulary
			.byIds(expertise.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
		List<Listed> listed = rows.stream()
			.map((row) -> new Listed(row.ref(), row.jobTitle(),
					expertise.getOrDefault(row.ref().id(), Set.of())
						.stream()
						.map(names::get)
						.filter(java.util.Objects::nonNull)
						.sorted(Comparator.comparing(Expertise::nameNl, String.CASE_INSENSITIVE_ORDER))
						.toList()))
			.toList();
		return new PageImpl<>(listed, PageRequest.of(page, PAGE_SIZE), (total != null) ? total : 0);
	}

	/** The expertise ids of each of these members; one query. */
	public Map<Long, Set<Long>> expertiseOf(Collection<Long> memberIds) {
		if (memberIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Set<Long>> result = new HashMap<>();
		this.jdbc.query("SELECT member_id, expertise_id FROM member_expertise WHERE member_id IN (:ids)",
				Map.of("ids", memberIds), (rs) -> {
					result.computeIfAbsent(rs.getLong(1), (id) -> new java.util.HashSet<>()).add(rs.getLong(2));
				});
		return result;
	}

	/**
	 * The members with these ids, named as pages show them; ids that match nobody are
	 * left out. One statement, read with JDBC: as a JPQL query with a list of ids
	 * Hibernate translated it anew for every length of the list, a tenth of a post page's
	 * time.
	 */
	public List<MemberRef> refs(Collection<Long> ids) {
		return this.jdbc.query("SELECT id, name, organisation, slug, profile_visibility FROM member WHERE id IN (:ids)",
				Map.of("ids", ids), (rs, row) -> new MemberRef(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getString(4), ProfileVisibility.valueOf(rs.getString(5))));
	}

	/** {@code %text%} in lower case, with the wildcards people type taken literally. */
	public static String contains(String text) {
		if (text == null) {
			return "%";
		}
		String escaped = text.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private record Row(MemberRef ref, String jobTitle) {
	}

	private static final RowMapper<Row> ROW = (rs,
			rowNum) -> new Row(
					new MemberRef(rs.getLong("id"), rs.getString("name"), rs.getString("organisation"),
							rs.getString("slug"), ProfileVisibility.valueOf(rs.getString("profile_visibility"))),
					rs.getString("job_title"));

}
