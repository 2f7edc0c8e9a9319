package nl.clubhuis.notifications;

import java.util.List;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.follow.Follows;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.route.DoorEntry;
import nl.clubhuis.route.DoorService;
import nl.clubhuis.route.GateReviewService;
import nl.clubhuis.route.MilestoneEntry;
import nl.clubhuis.route.MilestoneService;
import nl.clubhuis.route.PhaseChange;
import nl.clubhuis.route.PhaseChangeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What moves on a Doetank's route reaches its team and followers once each (also who
 * follows the Doetank, its trekker and the expertise it looks for at once), never who did
 * it; a gatekeepers-overleg asked for reaches its coaches, a door its supporter. Done
 * through the real services; read as rows and on /mijn/meldingen.
 */
@IntegrationTest
class RouteNotificationsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	Doetanks catalog;

	@Autowired
	Follows follows;

	@Autowired
	ExpertiseVocabulary vocabulary;

	@Autowired
	PhaseChangeService phases;

	@Autowired
	GateReviewService reviews;

	@Autowired
	MilestoneService milestones;

	@Autowired
	DoorService doors;

	@Autowired
	JdbcTemplate jdbc;

	MemberPrincipal trekker;

	MemberPrincipal coach;

	MemberPrincipal follower;

	MemberPrincipal expert;

	MemberPrincipal stranger;

	String slug;

	long doetank;

	@BeforeEach
	void aDoetankFollowedByItsDoetankItsTrekkerAndItsExpertise() {
		this.trekker = this.people.member("Tijs Trekker");
		this.coach = this.people.coach("Cato Coach");
		this.follower = this.people.member("Fenna Volger");
		this.expert = this.people.member("Eef Expert");
		this.stranger = this.people.member("Stijn Vreemd");
		this.slug = this.doetanks.active(this.trekker, this.coach);
		this.doetank = this.catalog.findBySlug(this.slug).orElseThrow().id();
		long term = this.vocabulary.offered().get(0).id();
		this.jdbc.update("INSERT INTO doetank_expertise (doetank_id, expertise_id) VALUES (?, ?)", this.doetank, term);
		this.follows.followAutomatically(this.follower.id(), FollowTarget.doetank(this.doetank));
		this.follows.followAutomatically(this.follower.id(), FollowTarget.member(this.trekker.id()));
		this.follows.followAutomatically(this.follower.id(), FollowTarget.expertise(term));
		this.follows.followAutomatically(this.expert.id(), FollowTarget.expertise(term));
	}

	@Test
	void aPhaseChangeReachesTeamAndFollowersOnceAndNeverTheCoachWhoMadeIt() throws Exception {
		this.phases.move(this.slug,
				new PhaseChange(Phase.INITIEREN, Phase.SCHETSEN, "Het probleem is scherp.", TestDoetanks.today()),
				this.coach);

		assertThat(notified(NotificationKind.DOETANK_PHASE))
			.containsOnlyOnce(this.follower.id(), this.trekker.id(), this.expert.id())
			.doesNotContain(this.coach.id(), this.stranger.id());
		assertThat(firstText(this.follower)).contains("ging naar de fase Schetsen");
	}

	@Test
	void aGatekeepersDecisionIsTold() throws Exception {
		this.reviews.record(this.slug, this.doetanks.review(this.slug, GateDecision.Kind.DOOR), this.coach);

		assertThat(notified(NotificationKind.DOETANK_PHASE)).containsOnlyOnce(this.follower.id());
		assertThat(firstText(this.follower)).contains("ging naar de fase Schetsen",
				"Besluit van het gatekeepers-overleg: door naar de volgende fase.");
	}

	@Test
	void aStopIsTheEndOfTheRoute() throws Exception {
		this.reviews.record(this.slug, this.doetanks.review(this.slug, GateDecision.Kind.STOPPEN), this.coach);

		assertThat(notified(NotificationKind.DOETANK_ENDED)).containsOnlyOnce(this.follower.id(), this.trekker.id())
			.doesNotContain(this.coach.id());
		assertThat(notified(NotificationKind.DOETANK_PHASE)).isEmpty();
		assertThat(firstText(this.follower)).endsWith("is gestopt.");
	}

	@Test
	void stayingInThePhaseIsNoNews() {
		this.reviews.record(this.slug, this.doetanks.review(this.slug, GateDecision.Kind.BLIJVEN), this.coach);

		assertThat(notified(NotificationKind.DOETANK_PHASE)).isEmpty();
	}

	@Test
	void aMilestoneReachesFollowersOfTheDoetankNotOfTheExpertise() throws Exception {
		MilestoneEntry entry = new MilestoneEntry(TestDoetanks.today(), "Opdrachtgever gevonden", "Getekend.", null);
		this.milestones.add(this.slug, entry, this.trekker);
		this.milestones.add(this.slug, entry, this.trekker);

		assertThat(notified(NotificationKind.DOETANK_MILESTONE)).containsOnlyOnce(this.follower.id(), this.coach.id())
			.doesNotContain(this.trekker.id(), this.expert.id());
		assertThat(firstText(this.follower)).contains("haalde een mijlpaal: Opdrachtgever gevonden");
	}

	@Test
	void aGatekeepersOverlegAskedForReachesTheDoetanksCoaches() {
		this.reviews.requestReview(this.slug, "Klaar voor de volgende stap.", this.trekker);

		assertThat(notified(NotificationKind.REVIEW_REQUESTED)).containsExactly(this.coach.id());
	}

	@Test
	void aDoorToOpenReachesTheSupporterAsked() {
		MemberPrincipal supporter = this.people.member("Saar Supporter");
		this.doetanks.addMember(this.slug, supporter, MembershipRole.SUPPORTER);
		this.doors.ask(this.slug,
				new DoorEntry(supporter.id(), "De wethouder", "Zij beslist.", TestDoetanks.today().plusWeeks(2)),
				this.trekker);

		assertThat(notified(NotificationKind.DOOR_REQUESTED)).containsExactly(supporter.id());
	}

	private List<Long> notified(NotificationKind kind) {
		return this.jdbc.queryForList("SELECT member_id FROM notification WHERE kind = ? AND link LIKE ?", Long.class,
				kind.name(), "/doetanks/" + this.slug + "%");
	}

	private String firstText(MemberPrincipal member) throws Exception {
		return Html.of(this.mvc.perform(get("/mijn/meldingen").with(user(member))).andExpect(status().isOk()))
			.all(".notification__text")
			.first()
			.text();
	}

}
