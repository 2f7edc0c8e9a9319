package nl.clubhuis.agenda.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import nl.clubhuis.agenda.EventCalledOff;
import nl.clubhuis.agenda.EventDetails;
import nl.clubhuis.agenda.EventRef;
import nl.clubhuis.agenda.EventService;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.Slugs;
import nl.clubhuis.shared.Texts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Announcing, changing and calling off events. */
@Service
class EventPlanning implements EventService {

	/** Words the agenda uses in its own addresses, so never an event's slug. */
	private static final Set<String> RESERVED_SLUGS = Set.of("nieuw", "geweest");

	private final EventRepository events;

	private final EventAccess access;

	private final WaitingList waitingList;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	EventPlanning(EventRepository events, EventAccess access, WaitingList waitingList, Clock clock,
			ApplicationEventPublisher publisher) {
		this.events = events;
		this.access = access;
		this.waitingList = waitingList;
		this.clock = clock;
		this.publisher = publisher;
	}

	@Override
	@Transactional
	public EventRef announce(EventDetails details, String hostSlug, MemberPrincipal organiser) {
		DoetankRef host = this.access.hostForNewEvent(hostSlug, organiser);
		Instant now = this.clock.instant();
		String slug = Slugs.unique(details.title(),
				(candidate) -> RESERVED_SLUGS.contains(candidate) || this.events.existsBySlug(candidate));
		Event event = new Event(slug, (host != null) ? host.id() : null, organiser.id(), now);
		event.describe(details, now);
		return this.events.saveAndFlush(event).ref();
	}

	@Override
	@Transactional
	public EventRef change(String slug, long version, EventDetails details, Long reportPostId,
			MemberPrincipal organiser) {
		Event event = lockedForOrganiser(slug, organiser);
		if (event.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Event.class, event.getId());
		}
		Instant now = this.clock.instant();
		event.describe(details, now);
		event.linkReport(reportPostId, now);
		this.events.saveAndFlush(event);
		this.waitingList.fillFreePlaces(event, now);
		return event.ref();
	}

	@Override
	@Transactional
	public void callOff(String slug, String reason, MemberPrincipal organiser) {
		Event event = lockedForOrganiser(slug, organiser);
		if (event.callOff(Texts.stripToNull(reason), this.clock.instant())) {
			this.publisher.publishEvent(new EventCalledOff(event.getId()));
		}
	}

	private Event lockedForOrganiser(String slug, MemberPrincipal organiser) {
		Event event = this.events.lockBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!EventAccess.permissions(this.access.hostOf(event), Viewer.of(organiser)).manage()) {
			throw new AccessDeniedException("not an organiser of " + slug);
		}
		return event;
	}

}
