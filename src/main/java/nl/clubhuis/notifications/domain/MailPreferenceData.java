package nl.clubhuis.notifications.domain;

import java.util.Map;

import nl.clubhuis.member.MemberDataContributor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The member's mail choices, in the export. Two statements. */
@Component
class MailPreferenceData implements MemberDataContributor {

	private final JdbcTemplate jdbc;

	MailPreferenceData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "mailvoorkeuren";
	}

	@Override
	public Object dataOf(long memberId) {
		return Map.of("perSoort", MemberDataContributor.rows(this.jdbc,
				"SELECT kind, delivery FROM notification_preference WHERE member_id = ? ORDER BY kind", memberId),
				"samenvatting", MemberDataContributor.rows(this.jdbc,
						"SELECT period, sent_until FROM notification_digest WHERE member_id = ?", memberId));
	}

}
