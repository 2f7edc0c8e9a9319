package nl.clubhuis.agenda;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import jakarta.persistence.EntityManager;
import nl.clubhuis.doetank.Doetank;
import nl.clubhuis.doetank.DoetankAccess;
import nl.clubhuis.doetank.DoetankCatalog;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.publishing.domain.Post;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.Slugs;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Announcing, changing and calling off events. */
@Service
public class EventService {

	/** Words the agenda uses in its own addresses, so never an event's slug. */
	private static final Set<String> RESERVED_SLUGS = Set.of("nieuw", "geweest");

	private final EventRepository events;

	private final EventAccess access;

	private final DoetankCatalog doetanks;

	private final DoetankAccess doetankAccess;

	private final MemberService members;

	private final WaitingList waitingList;

	private final EntityManager entityManager;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher publisher;

	EventService(EventRepository events, EventAccess access, DoetankCatalog doetanks, DoetankAccess doetankAccess,
			MemberService members, WaitingList waitingList, EntityManager entityManager, Clock clock,
			org.springframework.context.ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.events = events;
		this.access = access;
		this.doetanks = doetanks;
		this.doetankAccess = doetankAccess;
		this.members = members;
		this.waitingList = waitingList;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * Announces an event: one of the network's (by the redactie), or the own meeting of
	 * the Doetank {@code hostSlug} (by its trekker).
	 */
	@Transactional
	public Event announce(EventDetails details, String hostSlug, MemberPrincipal organiser) {
		Doetank host = (hostSlug != null) ? this.doetanks.show(hostSlug, organiser) : null;
		boolean allowed = (host != null) ? this.doetankAccess.canPlanMeeting(host, organiser)
				: this.access.canOrganiseNetworkEvents(organiser);
		if (!allowed) {
			throw new AccessDeniedException("not an organiser of this kind of event");
		}
		Instant now = this.clock.instant();
		String slug = Slugs.unique(details.title(),
				(candidate) -> RESERVED_SLUGS.contains(candidate) || this.events.existsBySlug(candidate));
		Event event = new Event(slug, host, this.members.reference(organiser.id()), now);
		event.describe(details, now);
		return this.events.saveAndFlush(event);
	}

	/**
	 * Changes an event. More places move people up from the waiting list; fewer places
	 * take nobody's place away.
	 */
	@Transactional
	public Event change(String slug, long version, EventDetails details, Long reportPostId, MemberPrincipal organiser) {
		Event event = this.events.lockBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canManage(event, organiser)) {
			throw new AccessDeniedException("not an organiser of " + slug);
		}
		if (event.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Event.class, event.getId());
		}
		Instant now = this.clock.instant();
		event.describe(details, now);
		event.linkReport((reportPostId != null) ? this.entityManager.getReference(Post.class, reportPostId) : null,
				now);
		this.events.saveAndFlush(event);
		if (!event.isCancelled()) {
			this.waitingList.fillFreePlaces(event, now);
		}
		return event;
	}

	/**
	 * Calls an event off; it stays in the agenda, and in calendars, marked as such.
	 * Everyone who registered is told.
	 */
	@Transactional
	public void callOff(String slug, String reason, MemberPrincipal organiser) {
		Event event = this.events.lockBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canManage(event, organiser)) {
			throw new AccessDeniedException("not an organiser of " + slug);
		}
		if (event.isCancelled()) {
			return;
		}
		event.cancel(nl.clubhuis.shared.Texts.stripToNull(reason), this.clock.instant());
		this.publisher.publishEvent(new EventCalledOff(event.getId()));
	}

	/** The event to edit, for its organisers only. */
	@Transactional(readOnly = true)
	public Event forEditing(String slug, MemberPrincipal organiser) {
		Event event = this.events.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canSee(event, organiser)) {
			throw new NotFoundException(slug);
		}
		if (!this.access.canManage(event, organiser)) {
			throw new AccessDeniedException("not an organiser of " + slug);
		}
		return event;
	}

}
