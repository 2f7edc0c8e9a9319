package nl.clubhuis.agenda;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the agenda tells other modules (the notifications): each change once, with
 * everything a listener needs, so it never has to ask back.
 */
@IntegrationTest
@RecordApplicationEvents
class AgendaApplicationEventsTest {

	@Autowired
	ApplicationEvents published;

	@Autowired
	TestPeople people;

	@Autowired
	TestEvents events;

	@Autowired
	TestDoetanks testDoetanks;

	@Autowired
	Doetanks doetanks;

	@Autowired
	EventService service;

	@Autowired
	RegistrationService registrations;

	@Test
	void aNewTimeOrPlaceTellsEveryoneRegisteredOnceAndOtherChangesTellNobody() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		MemberPrincipal anna = this.people.member("Anna");
		MemberPrincipal bert = this.people.member("Bert");
		MemberPrincipal leaver = this.people.member("Lea");
		EventRef cafe = this.events.cafe(1, redacteur);
		this.registrations.register(cafe.slug(), null, anna);
		this.registrations.register(cafe.slug(), null, bert);
		this.registrations.register(cafe.slug(), null, leaver);
		this.registrations.cancel(cafe.slug(), leaver);
		EventDetails d = this.events.detailsOf(cafe);

		EventRef later = this.service.change(cafe.slug(), cafe.version(),
				new EventDetails(d.type(), d.title(), d.description(), d.startsAt().plus(Duration.ofHours(1)),
						d.endsAt().plus(Duration.ofHours(1)), d.location(), d.onlineUrl(), d.capacity(), null, null,
						List.of()),
				null, redacteur);
		EventRef elsewhere = this.service.change(cafe.slug(), later.version(),
				new EventDetails(d.type(), d.title(), d.description(), d.startsAt().plus(Duration.ofHours(1)),
						d.endsAt().plus(Duration.ofHours(1)), "De Bieb, Utrecht", d.onlineUrl(), d.capacity(), null,
						null, List.of()),
				null, redacteur);
		this.service.change(cafe.slug(), elsewhere.version(),
				new EventDetails(d.type(), d.title() + " (vol)", "Nu met soep.", d.startsAt().plus(Duration.ofHours(1)),
						d.endsAt().plus(Duration.ofHours(1)), "De Bieb, Utrecht", d.onlineUrl(), 2, null, null,
						List.of()),
				null, redacteur);

		assertThat(rescheduled(cafe)).containsExactly(
				new EventRescheduled(cafe.id(), cafe.title(), cafe.path(), Set.of(anna.id(), bert.id()), true, false,
						redacteur.id()),
				new EventRescheduled(cafe.id(), cafe.title(), cafe.path(), Set.of(anna.id(), bert.id()), false, true,
						redacteur.id()));
	}

	@Test
	void callingOffTellsWhoIsRegisteredOnce() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		MemberPrincipal anna = this.people.member("Anna");
		MemberPrincipal bert = this.people.member("Bert");
		EventRef cafe = this.events.cafe(1, redacteur);
		this.registrations.register(cafe.slug(), null, anna);
		this.registrations.register(cafe.slug(), null, bert);

		this.service.callOff(cafe.slug(), "Ziek", redacteur);
		this.service.callOff(cafe.slug(), "Nog steeds ziek", redacteur);

		assertThat(this.published.stream(EventCalledOff.class).filter((e) -> e.eventId().equals(cafe.id())))
			.singleElement()
			.satisfies((off) -> assertThat(off.startsAt()).isNotNull())
			.usingRecursiveComparison()
			.ignoringFields("startsAt")
			.isEqualTo(new EventCalledOff(cafe.id(), cafe.title(), cafe.path(), null, "Ziek",
					Set.of(anna.id(), bert.id()), redacteur.id()));
		assertThat(rescheduled(cafe)).isEmpty();
	}

	@Test
	void movingUpFromTheWaitingListSaysWhoAndForWhat() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		MemberPrincipal anna = this.people.member("Anna");
		MemberPrincipal bert = this.people.member("Bert");
		MemberPrincipal cem = this.people.member("Cem");
		EventRef cafe = this.events.cafe(1, redacteur);
		for (MemberPrincipal member : List.of(anna, bert, cem)) {
			this.registrations.register(cafe.slug(), null, member);
		}

		this.registrations.cancel(cafe.slug(), anna);

		assertThat(this.published.stream(PlaceOffered.class).filter((e) -> e.eventId() == cafe.id())).singleElement()
			.satisfies((offered) -> {
				assertThat(offered.memberId()).isEqualTo(bert.id());
				assertThat(offered.title()).isEqualTo(cafe.title());
				assertThat(offered.path()).isEqualTo(cafe.path());
				assertThat(offered.registrationId()).isNotNull();
			});
	}

	@Test
	void aTeamMeetingIsAnnouncedOnceAndTheNetworksEventsAreNotTeamMeetings() {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String slug = this.testDoetanks.active(trekker, this.people.coach("Cor Coach"));
		long doetankId = this.doetanks.findBySlug(slug).orElseThrow().id();

		EventRef meeting = this.events.meeting(slug, trekker);
		EventRef cafe = this.events.cafe(10, this.people.redacteur("Roos Redacteur"));

		assertThat(this.published.stream(DoetankMeetingPlanned.class)
			.filter((e) -> e.eventId() == meeting.id() || e.eventId() == cafe.id()))
			.containsExactly(new DoetankMeetingPlanned(meeting.id(), doetankId, meeting.title(), meeting.path(),
					this.events.detailsOf(meeting).startsAt(), trekker.id()));
	}

	private List<EventRescheduled> rescheduled(EventRef event) {
		return this.published.stream(EventRescheduled.class).filter((e) -> e.eventId() == event.id()).toList();
	}

}
