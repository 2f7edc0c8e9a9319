package nl.clubhuis.doetank.domain;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.clubhuis.member.ErasureObstacles;
import nl.clubhuis.member.MemberErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member who deletes their account leaves every Doetank: their memberships end, their
 * join requests are withdrawn and their motivations erased, invitations to them lapse,
 * and a vraagstuk of theirs still waiting for intake is withdrawn; the Doetanks'
 * histories no longer name them as the author of a change. An active Doetank never loses
 * its last trekker this way: that is an obstacle the member settles first by handing
 * over.
 */
@Component
class DoetankErasure implements ErasureObstacles {

	static final String WITHDRAWN = "Ingetrokken: wie dit vraagstuk inbracht, heeft het account opgeheven.";

	/** Active trekker memberships of this member in a Doetank without another trekker. */
	private static final String ONLY_TREKKER = """
			m.member_id = ? AND m.role = 'TREKKER' AND m.state = 'ACTIEF'
			AND NOT EXISTS (SELECT 1 FROM membership o WHERE o.doetank_id = m.doetank_id AND o.role = 'TREKKER'
			                AND o.state = 'ACTIEF' AND o.member_id <> m.member_id)""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DoetankErasure(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<Obstacle> obstaclesFor(long memberId) {
		List<String> titles = this.jdbc.queryForList(
				"SELECT d.title FROM doetank d JOIN membership m ON m.doetank_id = d.id"
						+ " WHERE d.status = 'ACTIEF' AND " + ONLY_TREKKER + " ORDER BY d.title",
				String.class, memberId);
		return titles.isEmpty() ? List.of() : List.of(new Obstacle("account.erase.obstacle.lastTrekker", titles));
	}

	@EventListener
	void erased(MemberErased event) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("""
				UPDATE doetank d SET status = 'AFGEWEZEN', decline_reason = ?, updated_at = ?, version = version + 1
				WHERE d.status = 'VOORSTEL' AND EXISTS (SELECT 1 FROM membership m WHERE m.doetank_id = d.id AND\s"""
				+ ONLY_TREKKER + ")", WITHDRAWN, now, event.memberId());
		this.jdbc.update("""
				UPDATE membership SET state = 'BEEINDIGD', until = ?
				WHERE member_id = ? AND state IN ('ACTIEF', 'AANGEVRAAGD')""", Date.valueOf(LocalDate.now(this.clock)),
				event.memberId());
		this.jdbc.update(
				"UPDATE membership SET state = 'INGETROKKEN', decided_at = ? WHERE member_id = ? AND state = 'UITGENODIGD'",
				now, event.memberId());
		this.jdbc.update("UPDATE membership SET motivation = NULL WHERE member_id = ? AND motivation IS NOT NULL",
				event.memberId());
		// The history keeps what changed, no longer who changed it ("voormalig lid").
		this.jdbc.update("UPDATE doetank_revision SET author_id = NULL WHERE author_id = ?", event.memberId());
		this.jdbc.update("UPDATE doetank SET proposed_by_id = NULL WHERE proposed_by_id = ?", event.memberId());
	}

}
