package nl.clubhuis.toolkit.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.MemberDataContributor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member's part in the toolkit, in the export: the werkvormen they recorded for a
 * Doetank (with their note) and the templates they uploaded, and the Doetanks these
 * belong to. Three statements.
 */
@Component
class ToolkitMemberData implements MemberDataContributor {

	private final JdbcTemplate jdbc;

	private final Doetanks doetanks;

	ToolkitMemberData(JdbcTemplate jdbc, Doetanks doetanks) {
		this.jdbc = jdbc;
		this.doetanks = doetanks;
	}

	@Override
	public String section() {
		return "toolkit";
	}

	@Override
	public Object dataOf(long memberId) {
		List<Map<String, Object>> usages = MemberDataContributor.rows(this.jdbc, """
				SELECT u.doetank_id, w.slug AS werkvorm, w.name AS werkvorm_name, u.phase, u.note, u.recorded_at
				FROM werkvorm_usage u JOIN werkvorm w ON w.id = u.werkvorm_id
				WHERE u.recorded_by = ? ORDER BY u.recorded_at, u.id""", memberId);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("werkvormen_recorded", usages);
		result.put("templates_uploaded", MemberDataContributor.rows(this.jdbc, """
				SELECT w.slug AS werkvorm, t.title, t.file_name, t.content_type, t.size_bytes, t.uploaded_at
				FROM werkvorm_template t JOIN werkvorm w ON w.id = t.werkvorm_id
				WHERE t.uploaded_by = ? ORDER BY t.uploaded_at, t.id""", memberId));
		result.put("doetanks",
				this.doetanks.byIds(usages.stream().map((row) -> (Long) row.get("doetank_id")).toList()).values());
		return result;
	}

}
