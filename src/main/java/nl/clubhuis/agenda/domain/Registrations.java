package nl.clubhuis.agenda.domain;

import java.time.Clock;
import java.time.Instant;

import nl.clubhuis.agenda.RegistrationService;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
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
class Registrations implements RegistrationService {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final WaitingList waitingList;

	private final EventAccess access;

	private final Clock clock;

	Registrations(EventRepository events, RegistrationRepository registrations, WaitingList waitingList,
			EventAccess access, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.waitingList = waitingList;
		this.access = access;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Outcome register(String slug, String note, MemberPrincipal member) {
		Event event = this.events.lockBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		EventPermissions may = visible(event, member);
		Instant now = this.clock.instant();
		switch (event.windowAt(now)) {
			case NOT_YET_OPEN -> throw new RuleViolationException("attendance.rule.notYetOpen");
			case CLOSED -> throw new RuleViolationException("attendance.rule.closed");
			case CANCELLED -> throw new RuleViolationException("attendance.rule.cancelled");
			case OPEN -> {
			}
		}
		if (!may.attend()) {
			throw new RuleViolationException("attendance.rule.teamOnly");
		}
		if (this.registrations.findCurrent(event.getId(), member.id()).isPresent()) {
			throw new RuleViolationException("attendance.rule.alreadyRegistered");
		}
		FreePlaces free = event.freePlaces(this.waitingList.confirmed(event));
		Registration registration = this.registrations
			.saveAndFlush(new Registration(event, member.id(), Texts.stripToNull(note), free, now));
		return new Outcome(registration.getStatus(), registration.isConfirmed() ? 0
				: this.registrations.positionInQueue(event.getId(), registration.getId()));
	}

	@Override
	@Transactional
	public void cancel(String slug, MemberPrincipal member) {
		Event event = this.events.lockBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		visible(event, member);
		Instant now = this.clock.instant();
		Registration registration = this.registrations.findCurrent(event.getId(), member.id())
			.orElseThrow(() -> new RuleViolationException("attendance.rule.notRegistered"));
		if (event.hasStarted(now)) {
			throw new RuleViolationException("attendance.rule.started");
		}
		boolean hadPlace = registration.cancel(now);
		this.registrations.saveAndFlush(registration);
		if (hadPlace) {
			this.waitingList.fillFreePlaces(event, now);
		}
	}

	private EventPermissions visible(Event event, MemberPrincipal member) {
		EventPermissions may = EventAccess.permissions(this.access.hostOf(event), Viewer.of(member));
		if (!may.see()) {
			throw new NotFoundException(event.getSlug());
		}
		return may;
	}

}
