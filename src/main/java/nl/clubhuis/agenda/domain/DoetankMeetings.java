package nl.clubhuis.agenda.domain;

import java.time.Clock;
import java.util.List;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankAgenda;
import nl.clubhuis.shared.AmsterdamTime;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The agenda as the Doetank page shows it: the team's own meetings and its podiums. */
@Component
class DoetankMeetings implements DoetankAgenda {

	private final EventRepository events;

	private final Clock clock;

	DoetankMeetings(EventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Meeting> upcoming(DoetankRef doetank, int howMany) {
		return this.events.findUpcomingOf(doetank.id(), this.clock.instant(), Limit.of(howMany))
			.stream()
			.map((event) -> new Meeting(event.getTitle(), event.getPath(), AmsterdamTime.of(event.getStartsAt()),
					event.getType().name(), event.isHostedBy(doetank.id()), event.isCancelled()))
			.toList();
	}

}
