package nl.clubhuis.agenda;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestMail;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
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
	AgendaCatalog catalog;

	@Autowired
	TestMail mail;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFullEventQueuesInOrderAndACancellationPromotesTheFirstInLine() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		Event cafe = this.events.cafe(2, redacteur);
		MemberPrincipal anna = this.people.member("Anna");
		MemberPrincipal bert = this.people.member("Bert");
		MemberPrincipal cem = this.people.member("Cem");
		MemberPrincipal dina = this.people.member("Dina");

		assertThat(this.registrations.register(cafe.getSlug(), "Vegetarisch", anna).status())
			.isEqualTo(RegistrationStatus.BEVESTIGD);
		assertThat(this.registrations.register(cafe.getSlug(), null, bert).status())
			.isEqualTo(RegistrationStatus.BEVESTIGD);
		RegistrationService.Outcome third = this.registrations.register(cafe.getSlug(), null, cem);
		RegistrationService.Outcome fourth = this.registrations.register(cafe.getSlug(), null, dina);
		assertThat(third).isEqualTo(new RegistrationService.Outcome(RegistrationStatus.WACHTLIJST, 1));
		assertThat(fourth).isEqualTo(new RegistrationService.Outcome(RegistrationStatus.WACHTLIJST, 2));

		this.registrations.cancel(cafe.getSlug(), anna);

		assertThat(this.catalog.show(cafe.getSlug(), cem).own().getStatus()).isEqualTo(RegistrationStatus.BEVESTIGD);
		AgendaCatalog.EventPage forDina = this.catalog.show(cafe.getSlug(), dina);
		assertThat(forDina.own().getStatus()).isEqualTo(RegistrationStatus.WACHTLIJST);
		assertThat(forDina.position()).as("Dina moved up to first in line").isEqualTo(1);
		assertThat(forDina.card().confirmed()).isEqualTo(2);
		assertThat(this.catalog.show(cafe.getSlug(), anna).own()).as("Anna's registration is cancelled").isNull();
		assertThat(this.catalog.unseenPromotions(cem)).extracting((r) -> r.getEvent().getSlug())
			.containsExactly(cafe.getSlug());
		assertThat(this.mail.sentTo(emailOf(cem))).singleElement()
			.satisfies((message) -> assertThat(message.getText()).contains(cafe.getTitle(), cafe.getPath()));
		assertThat(this.mail.sentTo(emailOf(dina))).isEmpty();

		this.registrations.markPromotionsSeen(cem);
		assertThat(this.catalog.unseenPromotions(cem)).isEmpty();
	}

	@Test
	void leavingTheWaitingListPromotesNobody() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		Event cafe = this.events.cafe(1, redacteur);
		MemberPrincipal anna = this.people.member("Anna");
		MemberPrincipal bert = this.people.member("Bert");
		MemberPrincipal cem = this.people.member("Cem");
		this.registrations.register(cafe.getSlug(), null, anna);
		this.registrations.register(cafe.getSlug(), null, bert);
		this.registrations.register(cafe.getSlug(), null, cem);

		this.registrations.cancel(cafe.getSlug(), bert);

		assertThat(this.catalog.show(cafe.getSlug(), cem).own().isWaiting()).isTrue();
		assertThat(this.catalog.show(cafe.getSlug(), cem).position()).isEqualTo(1);
		assertThat(this.catalog.show(cafe.getSlug(), anna).own().isConfirmed()).isTrue();
	}

	@Test
	void morePlacesMoveTheWaitingListUpAndFewerTakeNoPlaceAway() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		Event cafe = this.events.cafe(1, redacteur);
		MemberPrincipal anna = this.people.member("Anna");
		MemberPrincipal bert = this.people.member("Bert");
		MemberPrincipal cem = this.people.member("Cem");
		for (MemberPrincipal member : List.of(anna, bert, cem)) {
			this.registrations.register(cafe.getSlug(), null, member);
		}

		Event bigger = this.service.change(cafe.getSlug(), cafe.getVersion(), withCapacity(cafe, 2), null, redacteur);
		assertThat(this.catalog.show(cafe.getSlug(), bert).own().isConfirmed()).isTrue();
		assertThat(this.catalog.show(cafe.getSlug(), cem).own().isWaiting()).isTrue();

		this.service.change(cafe.getSlug(), bigger.getVersion(), withCapacity(cafe, 1), null, redacteur);
		assertThat(this.catalog.show(cafe.getSlug(), anna).card().confirmed()).as("nobody loses a place").isEqualTo(2);
		this.registrations.cancel(cafe.getSlug(), anna);
		assertThat(this.catalog.show(cafe.getSlug(), cem).own().isWaiting())
			.as("with one place and one still confirmed, nobody moves up")
			.isTrue();
	}

	@Test
	void registeringOutsideTheWindowTwiceOrForAnotherTeamsMeetingChangesNothing() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		MemberPrincipal anna = this.people.member("Anna");
		Instant nextWeek = Instant.now().plus(Duration.ofDays(7));
		EventDetails later = TestEvents.details(EventType.CAFE, 10, nextWeek);
		Event notYetOpen = this.events
			.announce(
					new EventDetails(later.type(), later.title(), later.description(), later.startsAt(), later.endsAt(),
							later.location(), null, 10, nextWeek.minus(Duration.ofDays(2)), null, List.of()),
					redacteur);
		Event started = this.events
			.announce(TestEvents.details(EventType.CAFE, 10, Instant.now().minus(Duration.ofMinutes(30))), redacteur);
		EventDetails closing = TestEvents.details(EventType.CAFE, 10, nextWeek);
		Event closed = this.events.announce(new EventDetails(closing.type(), closing.title(), closing.description(),
				closing.startsAt(), closing.endsAt(), closing.location(), null, 10, null,
				Instant.now().minus(Duration.ofHours(1)), List.of()), redacteur);
		Event cafe = this.events.cafe(10, redacteur);
		this.registrations.register(cafe.getSlug(), null, anna);
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String doetank = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		Event meeting = this.events.meeting(doetank, trekker);
		Event calledOff = this.events.cafe(10, redacteur);
		this.service.callOff(calledOff.getSlug(), null, redacteur);
		long before = registrationRows();

		assertRefused(notYetOpen, anna, "attendance.rule.notYetOpen");
		assertRefused(started, anna, "attendance.rule.closed");
		assertRefused(closed, anna, "attendance.rule.closed");
		assertRefused(cafe, anna, "attendance.rule.alreadyRegistered");
		assertRefused(meeting, anna, "attendance.rule.teamOnly");
		assertRefused(calledOff, anna, "attendance.rule.cancelled");
		assertThat(registrationRows()).isEqualTo(before);

		assertThat(this.registrations.register(meeting.getSlug(), null, trekker).status())
			.as("the team comes to its own meeting")
			.isEqualTo(RegistrationStatus.BEVESTIGD);
	}

	@Test
	void cancellingAfterTheStartOrWithoutARegistrationIsRefused() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		MemberPrincipal anna = this.people.member("Anna");
		Event cafe = this.events.cafe(10, redacteur);

		assertThatThrownBy(() -> this.registrations.cancel(cafe.getSlug(), anna)).isInstanceOfSatisfying(
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
		Event meeting = this.service.announce(cafe, doetank, trekker);
		assertThat(meeting.getType()).as("a team's own meeting, whatever the form said").isEqualTo(EventType.DOETANK);

		assertThatThrownBy(() -> this.service.callOff(meeting.getSlug(), null, otherTrekker))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.catalog.attendees(meeting.getSlug(), member))
			.isInstanceOf(AccessDeniedException.class);
		Event network = this.service.announce(cafe, null, redacteur);
		assertThatThrownBy(() -> this.service.change(network.getSlug(), network.getVersion(), cafe, null, trekker))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.catalog.attendees(meeting.getSlug(), trekker).event().getSlug()).isEqualTo(meeting.getSlug());
	}

	private void assertRefused(Event event, MemberPrincipal member, String rule) {
		assertThatThrownBy(() -> this.registrations.register(event.getSlug(), null, member)).as(rule)
			.isInstanceOfSatisfying(RuleViolationException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo(rule));
	}

	private static EventDetails withCapacity(Event event, int capacity) {
		return new EventDetails(event.getType(), event.getTitle(), event.getDescription(), event.getStartsAt(),
				event.getEndsAt(), event.getLocation(), event.getOnlineUrl(), capacity, null, null, List.of());
	}

	private long registrationRows() {
		return this.jdbc.queryForObject("SELECT count(*) FROM event_registration", Long.class);
	}

	private String emailOf(MemberPrincipal member) {
		return this.jdbc.queryForObject("SELECT email FROM member WHERE id = ?", String.class, member.id());
	}

}
