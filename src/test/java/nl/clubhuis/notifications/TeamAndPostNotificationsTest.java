package nl.clubhuis.notifications;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.Invitations;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Ring;
import nl.clubhuis.doetank.TeamService;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.follow.Follows;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
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
 * A proposal reaches the network's coaches (and nobody who may not see it), a decided
 * join request or invitation reaches who asked or invited, a new post of a Doetank its
 * team and followers (a scheduled one from its moment), news nobody. Done through the
 * real services; read as rows and on /mijn/meldingen.
 */
@IntegrationTest
class TeamAndPostNotificationsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestPosts posts;

	@Autowired
	Doetanks catalog;

	@Autowired
	DoetankService service;

	@Autowired
	TeamService team;

	@Autowired
	Invitations invitations;

	@Autowired
	Follows follows;

	@Autowired
	JdbcTemplate jdbc;

	MemberPrincipal trekker;

	MemberPrincipal coach;

	MemberPrincipal follower;

	@BeforeEach
	void people() {
		this.trekker = this.people.member("Teun Trekker");
		this.coach = this.people.coach("Coby Coach");
		this.follower = this.people.member("Vera Volger");
		this.follows.followAutomatically(this.follower.id(), FollowTarget.member(this.trekker.id()));
	}

	@Test
	void aProposalWaitsWithTheNetworksCoachesAndNotWithWhoFollowsItsAuthor() throws Exception {
		String slug = this.doetanks.proposal(this.trekker);

		assertThat(notified(NotificationKind.INTAKE_WAITING, slug)).contains(this.coach.id())
			.doesNotContain(this.trekker.id(), this.follower.id());
		assertThat(firstText(this.coach)).startsWith("Een nieuw voorstel wacht op intake:");
	}

	@Test
	void aDecidedJoinRequestReachesTheRequesterOnce() throws Exception {
		String slug = this.doetanks.active(this.trekker, this.coach);
		MemberPrincipal requester = this.people.member("Rik Aanvrager");
		this.service.requestToJoin(slug, "Ik wil meedoen.", requester);
		Long request = this.doetanks.pendingRequestId(slug, requester);
		this.service.approveRequest(slug, request, this.trekker);

		assertThat(notified(NotificationKind.REQUEST_DECIDED, slug)).containsExactly(requester.id());
		assertThat(firstText(requester)).contains("je aanvraag om mee te doen is goedgekeurd");
	}

	@Test
	void anAnsweredInvitationReachesWhoInvited() throws Exception {
		String slug = this.doetanks.active(this.trekker, this.coach);
		MemberPrincipal invitee = this.people.member("Ine Genodigd");
		this.team.invite(slug, invitee.id(), MembershipRole.LID, Ring.KERN, this.trekker);
		Long invitation = this.invitations.openFor(invitee.id()).get(0).membershipId();
		this.invitations.decline(invitation, invitee);

		assertThat(notified(NotificationKind.REQUEST_DECIDED, slug)).containsExactly(this.trekker.id());
		assertThat(firstText(this.trekker)).contains("je uitnodiging is afgeslagen");
	}

	@Test
	void aDoetankBlogPostReachesTeamAndFollowersButNotItsWriter() throws Exception {
		String slug = this.doetanks.active(this.trekker, this.coach);
		MemberPrincipal doetankFollower = this.people.member("Dirk Doetankvolger");
		this.follows.followAutomatically(doetankFollower.id(),
				FollowTarget.doetank(this.catalog.findBySlug(slug).orElseThrow().id()));
		TestPosts.WrittenPost post = this.posts.published(PostKind.DOETANKBLOG, slug, "Eerste ronde", this.trekker);

		assertThat(notified(NotificationKind.NEW_POST, post.path()))
			.containsOnlyOnce(this.follower.id(), doetankFollower.id(), this.coach.id())
			.doesNotContain(this.trekker.id());
		assertThat(firstText(doetankFollower)).isEqualTo("Nieuw bericht: Eerste ronde");
	}

	@Test
	void aScheduledPostNotifiesFromItsMomentAndNewsNotAtAll() throws Exception {
		String slug = this.doetanks.active(this.trekker, this.coach);
		TestPosts.WrittenPost later = this.posts.scheduled(PostKind.DOETANKBLOG, slug, "Straks", this.trekker);
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		this.follows.followAutomatically(this.follower.id(), FollowTarget.member(redacteur.id()));
		TestPosts.WrittenPost news = this.posts.published(PostKind.NIEUWS, null, "Nieuws", redacteur);

		assertThat(this.jdbc
			.queryForObject("SELECT occurred_at FROM notification WHERE member_id = ? AND link = ?", Instant.class,
					this.follower.id(), later.path())
			.truncatedTo(ChronoUnit.SECONDS)).isEqualTo(later.publishAt().truncatedTo(ChronoUnit.SECONDS));
		assertThat(notified(NotificationKind.NEW_POST, news.path())).isEmpty();
		assertThat(
				Html.of(this.mvc.perform(get("/mijn/meldingen").with(user(this.follower)))).has(".notification__text"))
			.isFalse();
	}

	private List<Long> notified(NotificationKind kind, String linkStart) {
		String prefix = linkStart.startsWith("/") ? linkStart : "/doetanks/" + linkStart;
		return this.jdbc.queryForList("SELECT member_id FROM notification WHERE kind = ? AND link LIKE ?", Long.class,
				kind.name(), prefix + "%");
	}

	private String firstText(MemberPrincipal member) throws Exception {
		return Html.of(this.mvc.perform(get("/mijn/meldingen").with(user(member))).andExpect(status().isOk()))
			.all(".notification__text")
			.first()
			.text();
	}

}
