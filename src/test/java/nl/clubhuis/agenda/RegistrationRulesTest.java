package nl.clubhuis.agenda;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.agenda.domain.AgendaViews.EventPage;
import nl.clubhuis.agenda.domain.EventPages;
import nl.clubhuis.Inbox;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.DateFormats;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Registering, the waiting list and who organises what, on the real database (domain rule
 * 7: a full event queues, a cancellation promotes the first in line).
 */
@IntegrationTest
class RegistrationRulesTest {

	@Autowired
	TestPeople people;

	@Autowired
	TestEvents events;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	RegistrationService registrations;

	@Autowired
	EventService service;

	@Autowired
	EventPages pages;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFullEventQueuesInOrderAndACancellationPromotesTheFirstInLine() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		EventRef cafe = this.events.cafe(2, redacteur);
		MemberPrincipal anna = this.people.member("Anna");
		MemberPrincipal bert = this.people.member("Bert");
		MemberPrincipal cem = this.people.member("Cem");
		MemberPrincipal dina = this.people.member("Dina");
		this.jdbc.update("UPDATE member SET locale = 'en' WHERE id = ?", cem.id());

		assertThat(this.registrations.register(cafe.slug(), "Vegetarisch", anna).status())
			.isEqualTo(RegistrationStatus.BEVESTIGD);
		assertThat(this.registrations.register(cafe.slug(), null, bert).status())
			.isEqualTo(RegistrationStatus.BEVESTIGD);
		RegistrationService.Outcome third = this.registrations.register(cafe.slug(), null, cem);
		RegistrationService.Outcome fourth = this.registrations.register(cafe.slug(), null, dina);
		assertThat(third).isEqualTo(new RegistrationService.Outcome(RegistrationStatus.WACHTLIJST, 1));
		assertThat(fourth).isEqualTo(new RegistrationService.Outcome(RegistrationStatus.WACHTLIJST, 2));

		this.registrations.cancel(cafe.slug(), anna);

		assertThat(this.pages.show(cafe.slug(), Viewer.of(cem)).own().status()).isEqualTo(RegistrationStatus.BEVESTIGD);
		EventPage forDina = this.pages.show(cafe.slug(), Viewer.of(dina));
		assertThat(forDina.own().status()).isEqualTo(RegistrationStatus.WACHTLIJST);
		assertThat(forDina.position()).as("Dina moved up to first in line").isEqualTo(1);
		assertThat(forDina.card().confirmed()).isEqualTo(2);
		assertThat(this.pages.show(cafe.slug(), Viewer.of(anna)).own()).as("Anna's registration is cancelled").isNull();
		assertThat(this.jdbc.queryForList("SELECT kind || ' ' || link FROM notification WHERE member_id = ?",
				String.class, cem.id()))
			.as("Cem hears it as a notification")
			.containsExactly("PLACE_OFFERED " + cafe.path());
		Inbox.Mail mail = this.inbox.awaitOne(emailOf(cem));
		assertThat(mail.subject()).as("in Cem's language, with when it starts")
			.isEqualTo("A place for you at " + cafe.title() + " (" + startOf(cafe, Locale.ENGLISH) + ")");
		assertThat(mail.text()).contains("you moved up from the waiting list. Can't make it after all? Cancel on the"
				+ " event's page, so the place goes to the next person.");
		assertThat(mail.pathOfLink(cafe.path())).isEqualTo(cafe.path());
		this.inbox.settle();
		assertThat(this.inbox.to(emailOf(cem))).hasSize(1);
		assertThat(this.inbox.to(emailOf(dina))).isEmpty();
	}

	/** When the event starts, as a mail in this language writes it. */
	private String startOf(EventRef event, Locale locale) {
		Timestamp startsAt = this.jdbc.queryForObject("SELECT starts_at FROM event WHERE id = ?", Timestamp.class,
				event.id());
		return new DateFormats(ZoneId.of("Europe/Amsterdam")).weekdayDayTime(startsAt.toInstant(), locale);
	}

	@Test
	void leavingTheWaitingListPromotesNobody() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		EventRef cafe = this.events.cafe(1, redacteur);
		MemberPrincipal anna = this.people.member("Anna");
		MemberPrincipal bert = this.people.member("Bert");
		MemberPrincipal cem = this.people.member("Cem");
		this.registrations.register(cafe.slug(), null, anna);
		this.registrations.register(cafe.slug(), null, bert);
		this.registrations.register(cafe.slug(), null, cem);

		this.registrations.cancel(cafe.slug(), bert);

		assertThat(this.pages.show(cafe.slug(), Viewer.of(cem)).own().isWaiting()).isTrue();
		assertThat(this.pages.show(cafe.slug(), Viewer.of(cem)).position()).isEqualTo(1);
		assertThat(this.pages.show(cafe.slug(), Viewer.of(anna)).own().isConfirmed()).isTrue();
	}

	@Test
	void morePlacesMoveTheWaitingListUpAndFewerMoveTheLastToTheFrontOfTheQueue() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		EventRef cafe = this.events.cafe(1, redacteur);
		MemberPrincipal anna = this.people.member("Anna");
		MemberPrincipal bert = this.people.member("Bert");
		MemberPrincipal cem = this.people.member("Cem");
		for (MemberPrincipal member : List.of(anna, bert, cem)) {
			this.registrations.register(cafe.slug(), null, member);
		}

		EventRef bigger = this.service.change(cafe.slug(), cafe.version(), this.events.withCapacity(cafe, 2), null,
				redacteur);
		assertThat(this.pages.show(cafe.slug(), Viewer.of(bert)).own().isConfirmed()).isTrue();
		assertThat(this.pages.show(cafe.slug(), Viewer.of(cem)).own().isWaiting()).isTrue();

		this.service.change(cafe.slug(), bigger.version(), this.events.withCapacity(cafe, 1), null, redacteur);
		assertThat(this.pages.show(cafe.slug(), Viewer.of(anna)).card().confirmed()).as("never more than the places")
			.isEqualTo(1);
		EventPage forBert = this.pages.show(cafe.slug(), Viewer.of(bert));
		assertThat(forBert.own().isWaiting()).isTrue();
		assertThat(forBert.position()).as("Bert waits before Cem, who registered later").isEqualTo(1);
		assertThat(this.pages.show(cafe.slug(), Viewer.of(cem)).position()).isEqualTo(2);
		this.registrations.cancel(cafe.slug(), anna);
		assertThat(this.pages.show(cafe.slug(), Viewer.of(bert)).own().isConfirmed())
			.as("the freed place goes to the first in line")
			.isTrue();
		assertThat(this.pages.show(cafe.slug(), Viewer.of(cem)).own().isWaiting()).isTrue();
	}

	@Test
	void registeringOutsideTheWindowTwiceOrForAnotherTeamsMeetingChangesNothing() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		MemberPrincipal anna = this.people.member("Anna");
		Instant nextWeek = Instant.now().plus(Duration.ofDays(7));
		EventDetails later = TestEvents.details(EventType.CAFE, 10, nextWeek);
		EventRef notYetOpen = this.events
			.announce(
					new EventDetails(later.type(), later.title(), later.description(), later.startsAt(), later.endsAt(),
							later.location(), null, 10, nextWeek.minus(Duration.ofDays(2)), null, List.of()),
					redacteur);
		EventRef started = this.events
			.announce(TestEvents.details(EventType.CAFE, 10, Instant.now().minus(Duration.ofMinutes(30))), redacteur);
		EventDetails closing = TestEvents.details(EventType.CAFE, 10, nextWeek);
		EventRef closed = this.events.announce(new EventDetails(closing.type(), closing.title(), closing.description(),
				closing.startsAt(), closing.endsAt(), closing.location(), null, 10, null,
				Instant.now().minus(Duration.ofHours(1)), List.of()), redacteur);
		EventRef cafe = this.events.cafe(10, redacteur);
		this.registrations.register(cafe.slug(), null, anna);
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String doetank = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		EventRef meeting = this.events.meeting(doetank, trekker);
		EventRef calledOff = this.events.cafe(10, redacteur);
		this.service.callOff(calledOff.slug(), null, redacteur);
		long before = registrationRows();

		assertRefused(notYetOpen, anna, "attendance.rule.notYetOpen");
		assertRefused(started, anna, "attendance.rule.closed");
		assertRefused(closed, anna, "attendance.rule.closed");
		assertRefused(cafe, anna, "attendance.rule.alreadyRegistered");
		assertRefused(meeting, anna, "attendance.rule.teamOnly");
		assertRefused(calledOff, anna, "attendance.rule.cancelled");
		assertThat(registrationRows()).isEqualTo(before);

		assertThat(this.registrations.register(meeting.slug(), null, trekker).status())
			.as("the team comes to its own meeting")
			.isEqualTo(RegistrationStatus.BEVESTIGD);
	}

	@Test
	void cancellingAfterTheStartOrWithoutARegistrationIsRefused() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		MemberPrincipal anna = this.people.member("Anna");
		EventRef cafe = this.events.cafe(10, redacteur);

		assertThatThrownBy(() -> this.registrations.cancel(cafe.slug(), anna)).isInstanceOfSatisfying(
				RuleViolationException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("attendance.rule.notRegistered"));
	}

	@Test
	void theRedactieRunsTheNetworksEventsAndATrekkerOnlyTheirOwnTeamsMeetings() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		MemberPrincipal member = this.people.member("Mo Lid");
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		MemberPrincipal otherTrekker = this.people.member("Otto Trekker");
		String doetank = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		this.doetanks.active(otherTrekker, this.people.coach("Cas Coach"));
		EventDetails cafe = TestEvents.details(EventType.CAFE, 10, Instant.now().plus(Duration.ofDays(7)));

		assertThatThrownBy(() -> this.service.announce(cafe, null, member)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.announce(cafe, null, trekker)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.announce(cafe, doetank, otherTrekker))
			.isInstanceOf(AccessDeniedException.class);
		EventRef meeting = this.service.announce(cafe, doetank, trekker);
		assertThat(meeting.type()).as("a team's own meeting, whatever the form said").isEqualTo(EventType.DOETANK);

		assertThatThrownBy(() -> this.service.callOff(meeting.slug(), null, otherTrekker))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.pages.attendees(meeting.slug(), member))
			.isInstanceOf(AccessDeniedException.class);
		EventRef network = this.service.announce(cafe, null, redacteur);
		assertThatThrownBy(() -> this.service.change(network.slug(), network.version(), cafe, null, trekker))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.pages.attendees(meeting.slug(), trekker).event().slug()).isEqualTo(meeting.slug());
	}

	private void assertRefused(EventRef event, MemberPrincipal member, String rule) {
		assertThatThrownBy(() -> this.registrations.register(event.slug(), null, member)).as(rule)
			.isInstanceOfSatisfying(RuleViolationException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo(rule));
	}

	private long registrationRows() {
		return this.jdbc.queryForObject("SELECT count(*) FROM event_registration", Long.class);
	}

	private String emailOf(MemberPrincipal member) {
		return this.jdbc.queryForObject("SELECT email FROM member WHERE id = ?", String.class, member.id());
	}

}
