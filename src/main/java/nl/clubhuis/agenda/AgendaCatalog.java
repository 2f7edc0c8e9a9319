package nl.clubhuis.agenda;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.agenda.EventCard.PodiumDoetank;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the agenda: lists with places left and the podium, one event with the viewer's
 * own registration, and the organisers' door list. Each in a fixed number of queries,
 * however many registrations there are.
 */
@Service
@Transactional(readOnly = true)
public class AgendaCatalog {

	public static final int PAGE_SIZE = 12;

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final EventAccess access;

	private final Clock clock;

	AgendaCatalog(EventRepository events, RegistrationRepository registrations, EventAccess access, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.access = access;
		this.clock = clock;
	}

	public Page<EventCard> upcoming(EventType type, int page) {
		Page<Event> found = this.events.findUpcoming(this.clock.instant(), types(type),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		return found.map(cards(found.getContent())::get);
	}

	public Page<EventCard> past(EventType type, int page) {
		Page<Event> found = this.events.findPast(this.clock.instant(), types(type),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		return found.map(cards(found.getContent())::get);
	}

	/**
	 * The network's next few meetings (not a team's own, not called off), for the home
	 * page.
	 */
	public List<EventCard> next(int howMany) {
		List<Event> found = this.events.findNextGoingOn(this.clock.instant(), EventType.NETWORK, Limit.of(howMany));
		Map<Event, EventCard> cards = cards(found);
		return found.stream().map(cards::get).toList();
	}

	/** For a calendar: everything still to come of these types (all when null). */
	List<Event> calendar(EventType type) {
		return this.events.findAllUpcoming(this.clock.instant(), types(type), Limit.of(500));
	}

	/** One event as its page shows it to this viewer. */
	public EventPage show(String slug, MemberPrincipal viewer) {
		Event event = this.events.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canSee(event, viewer)) {
			throw new NotFoundException(slug);
		}
		EventCard card = cards(List.of(event)).get(event);
		Registration own = (viewer != null) ? this.registrations.findCurrent(event.getId(), viewer.id()).orElse(null)
				: null;
		long position = (own != null && own.isWaiting())
				? this.registrations.positionInQueue(event.getId(), own.getId()) : 0;
		java.time.Instant now = this.clock.instant();
		return new EventPage(card, own, position, event.windowAt(now), this.access.mayAttend(event, viewer),
				this.access.canManage(event, viewer), event.isOver(now), event.hasStarted(now));
	}

	/** The door list and the waiting list, for the event's organisers. */
	public Attendees attendees(String slug, MemberPrincipal organiser) {
		Event event = this.events.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canSee(event, organiser)) {
			throw new NotFoundException(slug);
		}
		if (!this.access.canManage(event, organiser)) {
			throw new AccessDeniedException("not an organiser of " + slug);
		}
		List<Registration> all = this.registrations.findAttendees(event.getId());
		List<Registration> confirmed = all.stream()
			.filter(Registration::isConfirmed)
			.sorted(Comparator.comparing((Registration r) -> r.getMember().getName(), String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<Registration> waiting = all.stream().filter(Registration::isWaiting).toList();
		return new Attendees(event, confirmed, waiting);
	}

	/**
	 * A member's own registrations: what is coming (also waiting) and where they were.
	 */
	public MyAgenda mine(MemberPrincipal member, int pastPage) {
		java.time.Instant now = this.clock.instant();
		List<Registration> upcoming = this.registrations.findUpcomingOf(member.id(), now);
		Map<Long, Long> positions = new HashMap<>();
		this.registrations.findPositionsOf(member.id())
			.forEach((row) -> positions.put(row.getRegistrationId(), row.getPosition()));
		return new MyAgenda(upcoming, positions,
				this.registrations.findPastOf(member.id(), now, PageRequest.of(Math.max(pastPage, 0), PAGE_SIZE)));
	}

	public boolean hasEventTitled(String title) {
		return this.events.existsByTitle(title);
	}

	public List<Registration> unseenPromotions(MemberPrincipal member) {
		return this.registrations.findUnseenPromotions(member.id());
	}

	private static Collection<EventType> types(EventType type) {
		return (type != null) ? Set.of(type) : EnumSet.allOf(EventType.class);
	}

	/** The cards of these events, with two queries whatever their number. */
	private Map<Event, EventCard> cards(List<Event> found) {
		Map<Event, EventCard> cards = new HashMap<>();
		if (found.isEmpty()) {
			return cards;
		}
		List<Long> ids = found.stream().map(Event::getId).toList();
		Map<Long, long[]> counts = new HashMap<>();
		for (RegistrationRepository.CountRow row : this.registrations.countByEvent(ids)) {
			long[] pair = counts.computeIfAbsent(row.getEventId(), (id) -> new long[2]);
			pair[(row.getStatus() == RegistrationStatus.BEVESTIGD) ? 0 : 1] = row.getCount();
		}
		Map<Long, List<PodiumDoetank>> podia = new HashMap<>();
		for (EventRepository.PodiumRow row : this.events.findPodia(ids)) {
			podia.computeIfAbsent(row.getEventId(), (id) -> new ArrayList<>())
				.add(new PodiumDoetank(row.getSlug(), row.getTitle()));
		}
		for (Event event : found) {
			long[] pair = counts.getOrDefault(event.getId(), new long[2]);
			cards.put(event, new EventCard(event, pair[0], pair[1], podia.getOrDefault(event.getId(), List.of())));
		}
		return cards;
	}

	/** Everything the event page needs to know about this event and this viewer. */
	public record EventPage(EventCard card, Registration own, long position, RegistrationWindow window,
			boolean mayAttend, boolean canManage, boolean over, boolean started) {

		public Event event() {
			return this.card.event();
		}

		/**
		 * The link to join online is for who has a place and the organisers, so a full or
		 * team-only meeting stays that way.
		 */
		public boolean showsOnlineLink() {
			return this.canManage || (this.own != null && this.own.isConfirmed());
		}

	}

	public record Attendees(Event event, List<Registration> confirmed, List<Registration> waiting) {
	}

	/** Positions: registration id to place in the queue. */
	public record MyAgenda(List<Registration> upcoming, Map<Long, Long> positions, Page<Registration> past) {
	}

}
