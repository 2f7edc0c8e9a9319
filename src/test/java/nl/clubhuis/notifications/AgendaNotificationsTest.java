package nl.clubhuis.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.agenda.DoetankMeetingPlanned;
import nl.clubhuis.agenda.EventCalledOff;
import nl.clubhuis.agenda.EventRescheduled;
import nl.clubhuis.agenda.EventService;
import nl.clubhuis.agenda.EventRef;
import nl.clubhuis.agenda.RegistrationService;
import nl.clubhuis.agenda.TestEvents;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.follow.Follows;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the agenda tells reaches the members concerned: the registered members of a moved
 * or called-off event (not the organiser who did it), the member who moved up (until the
 * event is called off), and the team and followers of a Doetank that planned a meeting.
 */
@IntegrationTest
class AgendaNotificationsTest {

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	Doetanks catalog;

	@Autowired
	Follows follows;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestEvents events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	EventService planning;

	@Test
	void theRegisteredMembersHearOfAMoveAndACallOffButNotTheOrganiser() {
		MemberPrincipal organiser = this.people.redacteur("Olga Organisator");
		MemberPrincipal coming = this.people.member("Koen Komt");
		long event = -System.nanoTime();
		publish(new EventRescheduled(event, "Café Zwolle", "/agenda/cafe-zwolle", Set.of(coming.id(), organiser.id()),
				true, false, organiser.id()));
		publish(new EventCalledOff(event, "Café Zwolle", "/agenda/cafe-zwolle", Instant.now(), null,
				Set.of(coming.id(), organiser.id()), organiser.id()));

		assertThat(kindsOf(coming)).containsExactlyInAnyOrder("EVENT_CHANGED", "EVENT_CALLED_OFF");
		assertThat(kindsOf(organiser)).isEmpty();
	}

	@Test
	void aMemberWhoMovesUpFromTheWaitingListHearsIt() {
		MemberPrincipal first = this.people.member("Eerste Komer");
		MemberPrincipal waiting = this.people.member("Wies Wacht");
		EventRef cafe = this.events.cafe(1, this.people.redacteur("Rik Redactie"));
		this.registrations.register(cafe.slug(), null, first);
		this.registrations.register(cafe.slug(), null, waiting);

		this.registrations.cancel(cafe.slug(), first);

		assertThat(kindsOf(waiting)).containsExactly("PLACE_OFFERED");
		assertThat(kindsOf(first)).isEmpty();
	}

	@Test
	void aPlaceFromTheWaitingListIsTakenBackWhenTheEventIsCalledOffAndNoOtherPlace() {
		MemberPrincipal redacteur = this.people.redacteur("Rik Redactie");
		MemberPrincipal first = this.people.member("Eerste Komer");
		MemberPrincipal waiting = this.people.member("Wies Wacht");
		EventRef cafe = this.events.cafe(1, redacteur);
		EventRef other = this.events.cafe(1, redacteur);
		for (EventRef event : List.of(cafe, other)) {
			this.registrations.register(event.slug(), null, first);
			this.registrations.register(event.slug(), null, waiting);
			this.registrations.cancel(event.slug(), first);
		}
		assertThat(kindsOf(waiting)).containsExactly("PLACE_OFFERED", "PLACE_OFFERED");

		this.planning.callOff(cafe.slug(), "De spreker is ziek", redacteur);

		assertThat(
				this.jdbc.queryForList("SELECT kind || ' ' || link FROM notification WHERE member_id = ? ORDER BY id",
						String.class, waiting.id()))
			.containsExactly("PLACE_OFFERED " + other.path(), "EVENT_CALLED_OFF " + cafe.path());
	}

	@Test
	void aPlaceFromTheWaitingListIsTakenBackWhenTheEventGetsFewerPlaces() {
		MemberPrincipal redacteur = this.people.redacteur("Rik Redactie");
		MemberPrincipal first = this.people.member("Eerste Komer");
		MemberPrincipal leaving = this.people.member("Vera Vertrekt");
		MemberPrincipal waiting = this.people.member("Wies Wacht");
		EventRef cafe = this.events.cafe(2, redacteur);
		for (MemberPrincipal member : List.of(first, leaving, waiting)) {
			this.registrations.register(cafe.slug(), null, member);
		}
		this.registrations.cancel(cafe.slug(), leaving);
		assertThat(kindsOf(waiting)).containsExactly("PLACE_OFFERED");

		this.planning.change(cafe.slug(), cafe.version(), this.events.withCapacity(cafe, 1), null, redacteur);

		assertThat(kindsOf(waiting)).as("back on the waiting list, so no place for them").isEmpty();
		assertThat(kindsOf(first)).isEmpty();
	}

	@Test
	void theTeamAndFollowersHearOfAMeetingButTheTrekkerWhoPlannedItNot() {
		MemberPrincipal trekker = this.people.member("Tjitske Trekker");
		MemberPrincipal follower = this.people.member("Fenna Volger");
		String slug = this.doetanks.active(trekker, this.people.coach("Carel Coach"));
		long doetank = this.catalog.findBySlug(slug).orElseThrow().id();
		this.follows.followAutomatically(follower.id(), FollowTarget.doetank(doetank));

		publish(new DoetankMeetingPlanned(-System.nanoTime(), doetank, "Teamdag", "/agenda/teamdag", Instant.now(),
				trekker.id()));

		assertThat(kindsOf(follower)).containsExactly("DOETANK_MEETING");
		assertThat(kindsOf(trekker)).isEmpty();
	}

	private void publish(Object event) {
		this.transaction.executeWithoutResult((status) -> this.publisher.publishEvent(event));
	}

	private List<String> kindsOf(MemberPrincipal member) {
		return this.jdbc.queryForList("SELECT kind FROM notification WHERE member_id = ?", String.class, member.id());
	}

}
