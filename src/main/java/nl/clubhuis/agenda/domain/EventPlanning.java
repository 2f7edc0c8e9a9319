package nl.clubhuis.agenda.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import nl.clubhuis.agenda.DoetankMeetingPlanned;
import nl.clubhuis.agenda.EventCalledOff;
import nl.clubhuis.agenda.EventResumed;
import nl.clubhuis.agenda.EventRescheduled;
import nl.clubhuis.agenda.RegistrationStatus;
import nl.clubhuis.audit.AuditFact;
import nl.clubhuis.audit.AuditLog;
import nl.clubhuis.agenda.EventDetails;
import nl.clubhuis.agenda.EventRef;
import nl.clubhuis.agenda.EventService;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.shared.Slugs;
import nl.clubhuis.shared.Texts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Announcing, changing, calling off and deleting events. */
@Service
class EventPlanning implements EventService {

	/** Words the agenda uses in its own addresses, so never an event's slug. */
	private static final Set<String> RESERVED_SLUGS = Set.of("nieuw", "geweest");

	private final EventRepository events;

	private final EventAccess access;

	private final WaitingList waitingList;

	private final RegistrationRepository registrations;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	private final AuditLog audit;

	EventPlanning(EventRepository events, EventAccess access, WaitingList waitingList,
			RegistrationRepository registrations, Clock clock, ApplicationEventPublisher publisher, AuditLog audit) {
		this.registrations = registrations;
		this.audit = audit;
		this.events = events;
		this.access = access;
		this.waitingList = waitingList;
		this.clock = clock;
		this.publisher = publisher;
	}

	/**
	 * Here too, so the announcement without a form token runs in a transaction as well.
	 */
	@Override
	@Transactional
	public EventRef announce(EventDetails details, String hostSlug, MemberPrincipal organiser) {
		return announce(details, hostSlug, null, organiser);
	}

	@Override
	@Transactional
	public EventRef announce(EventDetails details, String hostSlug, String formToken, MemberPrincipal organiser) {
		DoetankRef host = this.access.hostForNewEvent(hostSlug, organiser);
		if (formToken != null) {
			Optional<Event> sent = this.events.findByCreatedByIdAndFormToken(organiser.id(), formToken);
			if (sent.isPresent()) {
				return sent.get().ref();
			}
		}
		Instant now = this.clock.instant();
		String slug = Slugs.unique(details.title(),
				(candidate) -> RESERVED_SLUGS.contains(candidate) || this.events.existsBySlug(candidate));
		Event event = new Event(slug, (host != null) ? host.id() : null, organiser.id(), now);
		event.sentWith(formToken);
		event.describe(details, now);
		Event saved = this.events.saveAndFlush(event);
		if (host != null && organiser.isBeheerder()) {
			recordIfSteppedIn(this.access.hostOf(saved), organiser, "MEETING_PLANNED");
		}
		if (host != null) {
			this.publisher.publishEvent(new DoetankMeetingPlanned(saved.getId(), host.id(), saved.getTitle(),
					saved.getPath(), saved.getStartsAt(), organiser.id()));
		}
		return saved.ref();
	}

	@Override
	@Transactional
	public EventRef change(String slug, long version, EventDetails details, Long reportPostId,
			MemberPrincipal organiser) {
		Event event = lockedForOrganiser(slug, organiser, "MEETING_CHANGED");
		if (event.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Event.class, event.getId());
		}
		Instant now = this.clock.instant();
		WhenAndWhere before = event.when();
		event.describe(details, now);
		event.linkReport(reportPostId, now);
		this.events.saveAndFlush(event);
		this.waitingList.queueWhoNoLongerFit(event, now);
		this.waitingList.fillFreePlaces(event, now);
		WhenAndWhere after = event.when();
		if (!before.sameAs(after) && !event.isCancelled()) {
			this.publisher.publishEvent(new EventRescheduled(event.getId(), event.getTitle(), event.getPath(),
					this.registrations.findRegisteredMemberIds(event.getId()), !before.sameTime(after),
					!before.samePlace(after), organiser.id()));
		}
		return event.ref();
	}

	@Override
	@Transactional
	public void callOff(String slug, String reason, MemberPrincipal organiser) {
		Event event = lockedForOrganiser(slug, organiser, "MEETING_CALLED_OFF");
		Instant now = this.clock.instant();
		if (!event.getStartsAt().isAfter(now)) {
			// What took place stays as it was, with its report; nobody could undo it.
			throw new RuleViolationException("event.callOff.started");
		}
		if (event.callOff(Texts.stripToNull(reason), now)) {
			this.publisher.publishEvent(new EventCalledOff(event.getId(), event.getTitle(), event.getPath(),
					event.getStartsAt(), event.getCancelReason(),
					this.registrations.findRegisteredMemberIds(event.getId()), organiser.id()));
		}
	}

	@Override
	@Transactional
	public void resume(String slug, MemberPrincipal organiser) {
		Event event = lockedForOrganiser(slug, organiser, "MEETING_RESUMED");
		Instant now = this.clock.instant();
		if (!event.getStartsAt().isAfter(now)) {
			throw new RuleViolationException("event.resume.started");
		}
		if (event.resume(now)) {
			this.events.saveAndFlush(event);
			// Its places may have been cut while it was called off.
			this.waitingList.queueWhoNoLongerFit(event, now);
			this.waitingList.fillFreePlaces(event, now);
			this.publisher.publishEvent(new EventResumed(event.getId(), event.getTitle(), event.getPath(),
					event.getStartsAt(), this.registrations.findRegisteredMemberIds(event.getId()), organiser.id()));
		}
	}

	@Override
	@Transactional
	public String delete(String slug, MemberPrincipal organiser) {
		Event event = lockedForOrganiser(slug, organiser, "MEETING_DELETED");
		if (this.registrations.existsByEventIdAndStatusNot(event.getId(), RegistrationStatus.GEANNULEERD)) {
			throw new RuleViolationException("event.delete.hasRegistrations");
		}
		EventAccess.Host host = this.access.hostOf(event);
		this.events.delete(event);
		return (host.doetank() != null) ? host.doetank().path() : "/agenda";
	}

	private Event lockedForOrganiser(String slug, MemberPrincipal organiser, String action) {
		Event event = this.events.lockBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		EventAccess.Host host = this.access.hostOf(event);
		if (!EventAccess.permissions(host, Viewer.of(organiser)).manage()) {
			throw new AccessDeniedException("not an organiser of " + slug);
		}
		recordIfSteppedIn(host, organiser, action);
		return event;
	}

	/**
	 * A beheerder who manages a Doetank's meeting without being its trekker is logged.
	 */
	private void recordIfSteppedIn(EventAccess.Host host, MemberPrincipal organiser, String action) {
		if (host.doetank() != null && organiser.isBeheerder() && !host.team().isTrekker(organiser.id())) {
			this.audit.record(AuditFact.steppedIn(organiser.id(), host.doetank().id(), action));
		}
	}

}
