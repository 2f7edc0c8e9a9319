package nl.clubhuis.agenda;

import java.time.Clock;
import java.time.Instant;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.shared.Texts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and cancelling. Each change locks the event's row first, so the places are
 * counted one change at a time: capacity is never exceeded and nobody moves up twice.
 */
@Service
public class RegistrationService {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final WaitingList waitingList;

	private final EventAccess access;

	private final MemberService members;

	private final Clock clock;

	RegistrationService(EventRepository events, RegistrationRepository registrations, WaitingList waitingList,
			EventAccess access, MemberService members, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.waitingList = waitingList;
		this.access = access;
		this.members = members;
		this.clock = clock;
	}

	/** What registering gave: a place, or a place in the queue (1 = next in line). */
	public record Outcome(RegistrationStatus status, long position) {
	}

	@Transactional
	public Outcome register(String slug, String note, MemberPrincipal member) {
		Event event = locked(slug, member);
		Instant now = this.clock.instant();
		switch (event.windowAt(now)) {
			case NOT_YET_OPEN -> throw new RuleViolationException("attendance.rule.notYetOpen");
			case CLOSED -> throw new RuleViolationException("attendance.rule.closed");
			case CANCELLED -> throw new RuleViolationException("attendance.rule.cancelled");
			case OPEN -> {
			}
		}
		if (!this.access.mayAttend(event, member)) {
			throw new RuleViolationException("attendance.rule.teamOnly");
		}
		if (this.registrations.findCurrent(event.getId(), member.id()).isPresent()) {
			throw new RuleViolationException("attendance.rule.alreadyRegistered");
		}
		boolean placeFree = event.hasRoomFor(this.waitingList.confirmed(event));
		Registration registration = this.registrations.saveAndFlush(
				new Registration(event, this.members.reference(member.id()), Texts.stripToNull(note), placeFree, now));
		return new Outcome(registration.getStatus(),
				placeFree ? 0 : this.registrations.positionInQueue(event.getId(), registration.getId()));
	}

	/**
	 * Gives up a place (or a place in the queue). A freed place goes to the first in
	 * line.
	 */
	@Transactional
	public void cancel(String slug, MemberPrincipal member) {
		Event event = locked(slug, member);
		Instant now = this.clock.instant();
		Registration registration = this.registrations.findCurrent(event.getId(), member.id())
			.orElseThrow(() -> new RuleViolationException("attendance.rule.notRegistered"));
		if (event.hasStarted(now)) {
			throw new RuleViolationException("attendance.rule.started");
		}
		boolean hadPlace = registration.isConfirmed();
		registration.cancel(now);
		this.registrations.saveAndFlush(registration);
		if (hadPlace && !event.isCancelled()) {
			this.waitingList.fillFreePlaces(event, now);
		}
	}

	/** The member has seen that they moved up. */
	@Transactional
	public void markPromotionsSeen(MemberPrincipal member) {
		this.registrations.markPromotionsSeen(member.id());
	}

	private Event locked(String slug, MemberPrincipal member) {
		Event event = this.events.lockBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canSee(event, member)) {
			throw new NotFoundException(slug);
		}
		return event;
	}

}
