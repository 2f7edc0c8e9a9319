package nl.clubhuis.site;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.follow.Follows;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.notifications.Announcement;
import nl.clubhuis.notifications.FollowedNews;
import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.notifications.Notifier;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Wat jij volgt" on the home page: a member sees their newest notifications with links
 * to all of them and to what they follow; a member who follows nothing is invited to
 * follow Doetanks and questions; a visitor sees no such block.
 */
@IntegrationTest
class HomeFollowedTest {

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
	Notifier notifier;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aMemberWhoFollowsADoetankSeesTheNewestNotificationsFirstAndAtMostFive() throws Exception {
		MemberPrincipal member = this.people.member("Volkert Volger");
		MemberPrincipal trekker = this.people.member("Tine Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Coen Coach"));
		this.follows.followAutomatically(member.id(),
				FollowTarget.doetank(this.catalog.findBySlug(slug).orElseThrow().id()));
		Instant now = Instant.now();
		for (int i = 1; i <= 6; i++) {
			notify(member, "/nieuws/bericht-" + i, now.minus(10 - i, ChronoUnit.MINUTES), "Bericht " + i);
		}

		Html home = Html.of(this.mvc.perform(get("/").with(user(member))).andExpect(status().isOk()));

		assertThat(home.text("#volgt-titel")).isEqualTo("Wat jij volgt");
		assertThat(home.texts(".followed .notification__text")).hasSize(FollowedNews.LINES)
			.startsWith("Nieuw bericht: Bericht 6", "Nieuw bericht: Bericht 5")
			.doesNotContain("Nieuw bericht: Bericht 1");
		assertThat(home.all(".followed form[method=post]").eachAttr("action"))
			.allMatch((action) -> action.startsWith("/mijn/meldingen/"));
		assertThat(home.links(".followed__more")).containsExactly("/mijn/meldingen", "/mijn/volgend");
		assertThat(home.has(".followed__invite")).isFalse();
	}

	@Test
	void aMemberWhoFollowsNothingIsInvitedToFollowDoetanksAndQuestions() throws Exception {
		MemberPrincipal member = this.people.member("Nina Nieuwkomer");

		Html home = Html.of(this.mvc.perform(get("/").with(user(member))).andExpect(status().isOk()));

		assertThat(home.text(".followed__invite")).startsWith("Je volgt nog niets.");
		assertThat(home.links(".followed__invite")).containsExactly("/doetanks", "/vragen");
		assertThat(home.has(".followed .notification-list")).isFalse();
	}

	@Test
	void aVisitorSeesNoSuchBlock() throws Exception {
		Html home = Html.of(this.mvc.perform(get("/")).andExpect(status().isOk()));

		assertThat(home.has(".followed")).isFalse();
		assertThat(home.has("#volgt-titel")).isFalse();
	}

	private void notify(MemberPrincipal member, String link, Instant at, String argument) {
		this.transaction.executeWithoutResult((status) -> this.notifier
			.announce(Announcement.of(NotificationKind.NEW_POST, "test:" + UUID.randomUUID(), link, at, argument)
				.to(List.of(member.id()))));
	}

}
