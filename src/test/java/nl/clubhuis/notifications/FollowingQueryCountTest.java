package nl.clubhuis.notifications;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.follow.Follows;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages of a member who follows things take as many SQL statements with one
 * notification and one thing followed as with many: /mijn/meldingen, /mijn/volgend and
 * the home page.
 */
@IntegrationTest
class FollowingQueryCountTest {

	/**
	 * The page of notifications 1 and their count 1; on every page for a member: the
	 * unread count in the header 1, whether they moved up from a waiting list 1, and
	 * Spring Session storing the new session (two).
	 */
	static final long NOTIFICATIONS_CEILING = 6;

	/**
	 * What is followed 1, the names per kind followed (members, expertise, Doetanks) 3,
	 * the terms to choose from 1; the four of every page for a member.
	 */
	static final long FOLLOWING_CEILING = 9;

	/**
	 * The sections of the home page for a member (Doetanks looking for members, counts,
	 * their own Doetanks (their ids, then the cards), three kinds of posts, events, what
	 * moves in the network: milestones, questions, phase steps), "Wat jij volgt" (three:
	 * whether they follow anything, the lines, when a waiting one appears) and the
	 * statements of every page for a member. With the posts, authors and events other
	 * tests leave it measures 30 in the suite; alone fewer, as sections with nothing to
	 * show skip their lookups.
	 */
	static final long HOME_CEILING = 30;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	Follows follows;

	@Autowired
	Notifier notifier;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statementCounter;

	MemberPrincipal member;

	MemberPrincipal trekker;

	MemberPrincipal coach;

	@BeforeEach
	void aMemberWhoFollowsOneOfEachAndHasOneNotification() {
		this.member = this.people.member("Volkert Volger");
		this.trekker = this.people.member("Tineke Trekker");
		this.coach = this.people.coach("Cas Coach");
		followAndHear(0);
	}

	@Test
	void notificationsTakeAsManyStatementsForOneAsForMany() throws Exception {
		long few = statementsFor("/mijn/meldingen");
		for (int round = 1; round <= 25; round++) {
			followAndHear(round);
		}
		long many = statementsFor("/mijn/meldingen");

		assertThat(many).as("statements with 26 notifications, a full page and a second").isEqualTo(few);
		assertThat(few).as("statements for /mijn/meldingen: %s", this.statementCounter.recorded())
			.isLessThanOrEqualTo(NOTIFICATIONS_CEILING);
	}

	@Test
	void whatIFollowTakesAsManyStatementsForOneAsForMany() throws Exception {
		long few = statementsFor("/mijn/volgend");
		for (int round = 1; round <= 4; round++) {
			followAndHear(round);
		}
		long many = statementsFor("/mijn/volgend");

		assertThat(many).as("statements following five times as much").isEqualTo(few);
		assertThat(few).as("statements for /mijn/volgend: %s", this.statementCounter.recorded())
			.isLessThanOrEqualTo(FOLLOWING_CEILING);
	}

	@Test
	void theHomePageOfAFollowerTakesAsManyStatementsForFewAsForMany() throws Exception {
		long few = statementsFor("/");
		for (int round = 1; round <= 4; round++) {
			followAndHear(round);
		}
		long many = statementsFor("/");

		assertThat(many).as("statements following five times as much").isEqualTo(few);
		assertThat(few).as("statements for the home page: %s", this.statementCounter.recorded())
			.isLessThanOrEqualTo(HOME_CEILING);
	}

	/**
	 * The member follows a Doetank, a member and an expertise more, and hears one thing
	 * of each.
	 */
	private void followAndHear(int round) {
		String slug = this.doetanks.active(this.trekker, this.coach);
		long doetank = this.jdbc.queryForObject("SELECT id FROM doetank WHERE slug = ?", Long.class, slug);
		MemberPrincipal colleague = this.people.member("Collega " + round);
		String name = "Volgterm " + UUID.randomUUID().toString().substring(0, 8);
		long term = this.jdbc.queryForObject(
				"INSERT INTO expertise (slug, name_nl, name_en) VALUES (?, ?, ?) RETURNING id", Long.class,
				name.toLowerCase().replace(' ', '-'), name, name);
		this.follows.followAutomatically(this.member.id(), FollowTarget.doetank(doetank));
		this.follows.followAutomatically(this.member.id(), FollowTarget.member(colleague.id()));
		this.follows.followAutomatically(this.member.id(), FollowTarget.expertise(term));
		Instant at = Instant.now().minus(1, ChronoUnit.MINUTES);
		notify(NotificationKind.DOETANK_PHASE, "/doetanks/" + slug, at, slug, "Schetsen", "");
		notify(NotificationKind.QUESTION_ASKED, "/vragen/" + round, at, "Vraag " + round);
	}

	private void notify(NotificationKind kind, String link, Instant at, String... arguments) {
		this.transaction.executeWithoutResult((status) -> this.notifier.announce(
				Announcement.of(kind, "test:" + UUID.randomUUID(), link, at, arguments).to(List.of(this.member.id()))));
	}

	private long statementsFor(String path) throws Exception {
		this.statementCounter.reset();
		this.mvc.perform(get(path).with(user(this.member))).andExpect(status().isOk());
		return this.statementCounter.count();
	}

}
