package nl.clubhuis.member.domain;

import java.util.List;
import java.util.Map;

import nl.clubhuis.member.MemberDataContributor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The account itself in the export: who the member is, their roles, and the failed logins
 * recorded for their address. Never the password hash.
 */
@Component
class AccountMemberData implements MemberDataContributor {

	private final JdbcTemplate jdbc;

	AccountMemberData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "account";
	}

	@Override
	public Object dataOf(long memberId) {
		List<Map<String, Object>> account = MemberDataContributor.rows(this.jdbc,
				"SELECT id, name, email, organisation, roles, created_at FROM member WHERE id = ?", memberId);
		List<Map<String, Object>> failedLogins = MemberDataContributor.rows(this.jdbc, """
				SELECT f.failed_at FROM login_failure f JOIN member m ON m.email = f.email
				WHERE m.id = ? ORDER BY f.failed_at""", memberId);
		return Map.of("member", account.isEmpty() ? Map.of() : account.get(0), "failed_logins", failedLogins);
	}

}
