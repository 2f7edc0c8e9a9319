package nl.clubhuis.notifications.domain;

import nl.clubhuis.member.MemberDataContributor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The member's notifications, in the export. One statement. */
@Component
class NotificationMemberData implements MemberDataContributor {

	private final JdbcTemplate jdbc;

	NotificationMemberData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "meldingen";
	}

	@Override
	public Object dataOf(long memberId) {
		return MemberDataContributor.rows(this.jdbc,
				"SELECT kind, link, arguments, occurred_at, read_at FROM notification WHERE member_id = ? ORDER BY occurred_at",
				memberId);
	}

}
