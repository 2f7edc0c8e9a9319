package nl.clubhuis.agenda.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.agenda.AgendaCatalog;
import nl.clubhuis.agenda.EventCard;
import nl.clubhuis.agenda.EventType;
import nl.clubhuis.agenda.domain.AgendaViews.Attendee;
import nl.clubhuis.agenda.domain.AgendaViews.Attendees;
import nl.clubhuis.agenda.domain.AgendaViews.CalendarEntry;
import nl.clubhuis.agenda.domain.AgendaViews.EventEditing;
import nl.clubhuis.agenda.domain.AgendaViews.EventPage;
import nl.clubhuis.agenda.domain.AgendaViews.MyAgenda;
import nl.clubhuis.agenda.domain.AgendaViews.MyRegistration;
import nl.clubhuis.agenda.domain.AgendaViews.OwnRegistration;
import nl.clubhuis.agenda.domain.EventAccess.Host;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.AmsterdamTime;
import nl.clubhuis.shared.MemberContent;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.SharedContent;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the agenda's own pages read: one event with the viewer's registration, the door
 * list, a member's own agenda, the calendars and the event to edit. Each in a fixed
 * number of queries, however many registrations there are.
 */
@Service
@Transactional(readOnly = true)
public class EventPages {

	private static final int CALENDAR_SIZE = 500;

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final EventCards cards;

	private final EventAccess access;

	private final Doetanks doetanks;

	private final MemberContacts contacts;

	private final Clock clock;

	private final SharedContent shared;

	private final MemberContent memberContent;

	EventPages(EventRepository events, RegistrationRepository registrations, EventCards cards, EventAccess access,
			Doetanks doetanks, MemberContacts contacts, Clock clock, SharedContent shared,
			MemberContent memberContent) {
		this.shared = shared;
		this.memberContent = memberContent;
		this.events = events;
		this.registrations = registrations;
		this.cards = cards;
		this.access = access;
		this.doetanks = doetanks;
		this.contacts = contacts;
		this.clock = clock;
	}

	/**
	 * One event as its page shows it to this viewer. What the event is (its card, texts,
	 * times and host with its team) is read once and kept until the content changes, the
	 * member's own registration likewise for them; who may see it and what time it is are
	 * decided per request.
	 */
	public EventPage show(String slug, Viewer viewer) {
		EventFacts event = this.shared.get("event.page:" + slug, () -> facts(slug));
		EventPermissions may = EventAccess.permissions(event.host(), viewer);
		if (!may.see()) {
			throw new NotFoundException(slug);
		}
		long eventId = event.card().id();
		Standing own = viewer.memberId()
			.map((id) -> this.memberContent.get(id, "agenda.own:" + eventId, () -> standing(eventId, id)))
			.orElse(Standing.NONE);
		Instant now = this.clock.instant();
		return new EventPage(event.card(), event.description(), event.onlineUrl(), event.cancelReason(),
				AmsterdamTime.of(event.registrationOpensAt()), own.registration(), own.position(),
				RegistrationWindow.at(now, event.registrationOpensAt(), event.registrationClosesAt(), event.startsAt(),
						event.card().cancelled()),
				may, !event.endsAt().isAfter(now), !event.startsAt().isAfter(now));
	}

	private EventFacts facts(String slug) {
		Event event = this.events.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		return new EventFacts(this.cards.of(event), event.getDescription(), event.getOnlineUrl(),
				event.getCancelReason(), event.getRegistrationOpensAt(), event.getRegistrationClosesAt(),
				event.getStartsAt(), event.getEndsAt(), this.access.hostOf(event));
	}

	/**
	 * The member's registration for the event and their place on its waiting list. Kept
	 * per member: every change of registrations (theirs or another's that moves them up)
	 * empties what is kept on every instance, as the table has the content trigger (V60).
	 */
	private Standing standing(long eventId, long memberId) {
		Registration own = this.registrations.findCurrent(eventId, memberId).orElse(null);
		if (own == null) {
			return Standing.NONE;
		}
		long position = own.isWaiting() ? this.registrations.positionInQueue(eventId, own.getId()) : 0;
		return new Standing(new OwnRegistration(own.getStatus(), own.getNote()), position);
	}

	/** A member's registration (null when none) and place on the waiting list (or 0). */
	private record Standing(OwnRegistration registration, long position) {

		static final Standing NONE = new Standing(null, 0);

	}

	/** What an event's page shows of the event itself, the same for every viewer. */
	private record EventFacts(EventCard card, String description, String onlineUrl, String cancelReason,
			Instant registrationOpensAt, Instant registrationClosesAt, Instant startsAt, Instant endsAt, Host host) {
	}

	/** One event for a calendar; the link to join online only for who has a place. */
	public CalendarEntry calendarEntry(String slug, Viewer viewer) {
		Event event = this.events.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		EventPermissions may = visible(event, viewer);
		Registration own = ownRegistration(event, viewer);
		return new CalendarEntry(event, may.manage() || (own != null && own.isConfirmed()));
	}

	/** Everything still to come of this type (all when null), for a calendar. */
	public List<Event> calendar(EventType type) {
		return this.events.findAllUpcoming(this.clock.instant(), AgendaLists.types(type), Limit.of(CALENDAR_SIZE));
	}

	/** The door list and the waiting list, for the event's organisers. */
	public Attendees attendees(String slug, MemberPrincipal organiser) {
		Event event = this.events.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!visible(event, Viewer.of(organiser)).manage()) {
			throw new AccessDeniedException("not an organiser of " + slug);
		}
		List<Registration> all = this.registrations.findAttendees(event.getId());
		Map<Long, MemberContacts.Contact> people = this.contacts
			.byIds(all.stream().map(Registration::getMemberId).toList());
		List<Attendee> confirmed = all.stream()
			.filter(Registration::isConfirmed)
			.map((r) -> attendee(r, people))
			.sorted(Comparator.comparing(Attendee::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<Attendee> waiting = all.stream().filter(Registration::isWaiting).map((r) -> attendee(r, people)).toList();
		return new Attendees(this.cards.of(event), confirmed, waiting);
	}

	/**
	 * A member's own registrations: what is coming (also waiting) and where they were.
	 */
	public MyAgenda mine(MemberPrincipal member, int pastPage) {
		Instant now = this.clock.instant();
		List<MyRegistration> upcoming = this.registrations.findUpcomingOf(member.id(), now)
			.stream()
			.map(MyRegistration::of)
			.toList();
		Map<Long, Long> positions = new HashMap<>();
		this.registrations.findPositionsOf(member.id())
			.forEach((row) -> positions.put(row.getRegistrationId(), row.getPosition()));
		return new MyAgenda(upcoming, positions,
				this.registrations
					.findPastOf(member.id(), now, PageRequest.of(Math.max(pastPage, 0), AgendaCatalog.PAGE_SIZE))
					.map(MyRegistration::of));
	}

	/**
	 * The next few events this member is registered or waiting for, soonest first: for
	 * their start page. One query.
	 */
	public List<MyRegistration> next(MemberPrincipal member, int howMany) {
		return this.registrations.findUpcomingOf(member.id(), this.clock.instant(), Limit.of(howMany))
			.stream()
			.map(MyRegistration::of)
			.toList();
	}

	/**
	 * Who keeps a place and who moves to the waiting list (by name, in registration
	 * order) if the event gets {@code capacity} places; nobody moves at a called-off
	 * event. For its organisers only.
	 */
	public CapacityCut<String> capacityCut(String slug, Integer capacity, MemberPrincipal organiser) {
		Event event = this.events.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!visible(event, Viewer.of(organiser)).manage()) {
			throw new AccessDeniedException("not an organiser of " + slug);
		}
		List<Registration> coming = this.registrations.findAttendees(event.getId())
			.stream()
			.filter(Registration::isConfirmed)
			.toList();
		CapacityCut<Registration> cut = CapacityCut.of(coming, event.isCancelled() ? null : capacity);
		if (!cut.movesAnyone()) {
			return new CapacityCut<>(List.of(), List.of());
		}
		Map<Long, MemberContacts.Contact> people = this.contacts
			.byIds(coming.stream().map(Registration::getMemberId).toList());
		return cut.map((registration) -> people.get(registration.getMemberId()).name());
	}

	/** The event to edit, for its organisers only. */
	public EventEditing forEditing(String slug, MemberPrincipal organiser) {
		Event event = this.events.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		Host host = this.access.hostOf(event);
		EventPermissions may = EventAccess.permissions(host, Viewer.of(organiser));
		if (!may.see()) {
			throw new NotFoundException(slug);
		}
		if (!may.manage()) {
			throw new AccessDeniedException("not an organiser of " + slug);
		}
		List<DoetankRef> podium = List.copyOf(this.doetanks.byIds(event.getPodiumDoetankIds()).values());
		return new EventEditing(event, host.doetank(), podium);
	}

	/**
	 * The Doetank a new meeting is for, checked as {@link EventAccess#hostForNewEvent}.
	 */
	public DoetankRef hostForNewEvent(String hostSlug, MemberPrincipal organiser) {
		return this.access.hostForNewEvent(hostSlug, organiser);
	}

	/** What this viewer may do; a 404 for who may not know the event exists. */
	private EventPermissions visible(Event event, Viewer viewer) {
		EventPermissions may = EventAccess.permissions(this.access.hostOf(event), viewer);
		if (!may.see()) {
			throw new NotFoundException(event.getSlug());
		}
		return may;
	}

	private Registration ownRegistration(Event event, Viewer viewer) {
		return viewer.memberId().flatMap((id) -> this.registrations.findCurrent(event.getId(), id)).orElse(null);
	}

	private static Attendee attendee(Registration registration, Map<Long, MemberContacts.Contact> people) {
		MemberContacts.Contact person = people.get(registration.getMemberId());
		return new Attendee(person.name(), person.organisation(), person.email(), registration.getNote(),
				AmsterdamTime.of(registration.getRegisteredAt()));
	}

}
