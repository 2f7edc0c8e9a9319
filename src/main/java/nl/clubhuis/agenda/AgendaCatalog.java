package nl.clubhuis.agenda;

import java.util.List;
import java.util.Optional;

import nl.clubhuis.member.Viewer;

import org.springframework.data.domain.Page;

/**
 * Reading the agenda as lists show it: what is coming, what was, and the network's next
 * meetings. Each page in a fixed number of queries, however many events there are.
 */
public interface AgendaCatalog {

	int PAGE_SIZE = 12;

	/** Still to come, soonest first; {@code type} null for all; pages from 0. */
	Page<EventCard> upcoming(EventType type, int page);

	/** Behind us, latest first, with the report where there is one. */
	Page<EventCard> past(EventType type, int page);

	/**
	 * The network's next few meetings (not a team's own, not called off), for the home
	 * page.
	 */
	List<EventCard> next(int howMany);

	/** One event as a list shows it, if this viewer may see it. */
	Optional<EventCard> find(String slug, Viewer viewer);

	boolean hasEventTitled(String title);

}
