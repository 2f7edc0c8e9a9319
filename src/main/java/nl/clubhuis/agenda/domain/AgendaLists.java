package nl.clubhuis.agenda.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.clubhuis.agenda.AgendaCatalog;
import nl.clubhuis.agenda.EventCard;
import nl.clubhuis.agenda.EventType;
import nl.clubhuis.member.Viewer;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agenda's lists, for its own pages and for the home page. */
@Service
@Transactional(readOnly = true)
class AgendaLists implements AgendaCatalog {

	private final EventRepository events;

	private final EventCards cards;

	private final EventAccess access;

	private final Clock clock;

	AgendaLists(EventRepository events, EventCards cards, EventAccess access, Clock clock) {
		this.events = events;
		this.cards = cards;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public Page<EventCard> upcoming(EventType type, int page) {
		Page<Event> found = this.events.findUpcoming(this.clock.instant(), types(type),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		return new PageImpl<>(this.cards.of(found.getContent(), false), found.getPageable(), found.getTotalElements());
	}

	@Override
	public Page<EventCard> past(EventType type, int page) {
		Page<Event> found = this.events.findPast(this.clock.instant(), types(type),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		return new PageImpl<>(this.cards.of(found.getContent(), true), found.getPageable(), found.getTotalElements());
	}

	@Override
	public List<EventCard> next(int howMany) {
		return this.cards.of(this.events.findNextGoingOn(this.clock.instant(), EventType.NETWORK, Limit.of(howMany)),
				false);
	}

	@Override
	public Optional<EventCard> find(String slug, Viewer viewer) {
		return this.events.findBySlug(slug)
			.filter((event) -> EventAccess.permissions(this.access.hostOf(event), viewer).see())
			.map(this.cards::of);
	}

	@Override
	public boolean hasEventTitled(String title) {
		return this.events.existsByTitle(title);
	}

	static Collection<EventType> types(EventType type) {
		return (type != null) ? Set.of(type) : EnumSet.allOf(EventType.class);
	}

}
