package nl.clubhuis.route.domain;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.clubhuis.doetank.DoetankProgress;
import nl.clubhuis.member.MemberErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member who deletes their account is no longer anyone's contact for an adopter (the
 * adopter stays, without a contact). The adopters they recorded stay under "voormalig
 * lid", or go when they take their content along; then the Doetanks' counts follow.
 */
@Component
class AdopterErasure {

	private final JdbcTemplate jdbc;

	private final DoetankProgress progress;

	AdopterErasure(JdbcTemplate jdbc, DoetankProgress progress) {
		this.jdbc = jdbc;
		this.progress = progress;
	}

	@EventListener
	void erased(MemberErased event) {
		this.jdbc.update("UPDATE adopter SET contact_member_id = NULL, contact_name = NULL WHERE contact_member_id = ?",
				event.memberId());
		if (event.keepContent()) {
			return;
		}
		Map<Long, Long> removedPerDoetank = this.jdbc
			.queryForList("DELETE FROM adopter WHERE recorded_by_id = ? RETURNING doetank_id", Long.class,
					event.memberId())
			.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		removedPerDoetank
			.forEach((doetankId, removed) -> this.progress.adoptersChanged(doetankId, -removed.intValue()));
	}

}
