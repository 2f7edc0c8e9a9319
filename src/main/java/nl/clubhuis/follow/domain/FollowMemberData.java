package nl.clubhuis.follow.domain;

import nl.clubhuis.member.MemberDataContributor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What a member follows, in the export. One statement. */
@Component
class FollowMemberData implements MemberDataContributor {

	private final JdbcTemplate jdbc;

	FollowMemberData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "volgen";
	}

	@Override
	public Object dataOf(long memberId) {
		return MemberDataContributor.rows(this.jdbc,
				"SELECT target_kind, target_id, since FROM follow WHERE member_id = ? ORDER BY since", memberId);
	}

}
