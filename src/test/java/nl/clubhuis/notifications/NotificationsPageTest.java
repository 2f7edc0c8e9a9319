package nl.clubhuis.notifications;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /mijn/meldingen: the member's own notifications, newest first, the unread count in the
 * header, opening one marks it read and leads to its page; a notification that is not
 * theirs, or not yet due, does not exist for them.
 */
@IntegrationTest
class NotificationsPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Notifier notifier;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	MemberPrincipal member;

	@BeforeEach
	void aMemberWithTwoNotificationsAndOneStillToCome() {
		this.member = this.people.member("Mila Melding");
		Instant now = Instant.now();
		notify(NotificationKind.NEW_POST, "/nieuws/oud", now.minus(2, ChronoUnit.DAYS), "Oud bericht");
		notify(NotificationKind.PLACE_OFFERED, "/agenda/cafe", now.minus(1, ChronoUnit.HOURS), "Café Utrecht",
				NotificationTexts.moment(Instant.parse("2026-03-29T12:30:00Z")));
		notify(NotificationKind.NEW_POST, "/nieuws/later", now.plus(1, ChronoUnit.DAYS), "Gepland bericht");
	}

	@Test
	void theMemberSeesTheirNotificationsNewestFirstAndTheCountInTheHeader() throws Exception {
		Html page = Html.of(this.mvc.perform(get("/mijn/meldingen").with(user(this.member))));

		assertThat(page.texts(".notification__text")).containsExactly(
				"Er is plek voor je bij Café Utrecht (zondag 29 maart 2026, 14:30): je bent van de wachtlijst aangemeld."
						+ " Kun je toch niet? Meld je dan af op de pagina van de bijeenkomst, dan gaat de plek naar de"
						+ " volgende.",
				"Nieuw bericht: Oud bericht");
		assertThat(page.one(".site-header a[href=/mijn/meldingen]").attr("aria-label"))
			.isEqualTo("Meldingen, 2 ongelezen");
	}

	@Test
	void openingOneMarksItReadAndLeadsToItsPage() throws Exception {
		long id = idOf("/agenda/cafe");
		this.mvc.perform(post("/mijn/meldingen/" + id).with(user(this.member)).with(csrf()))
			.andExpect(redirectedUrl("/agenda/cafe"));

		Html page = Html.of(this.mvc.perform(get("/mijn/meldingen").with(user(this.member))));
		assertThat(page.all(".notification--read")).hasSize(1);
		assertThat(page.one(".site-header a[href=/mijn/meldingen]").attr("aria-label"))
			.isEqualTo("Meldingen, 1 ongelezen");

		// Opened again, it leads there still, and its row is left as it is (a written row
		// makes every instance forget what is kept for the member).
		String version = this.jdbc.queryForObject("SELECT xmin::text FROM notification WHERE id = ?", String.class, id);
		this.mvc.perform(post("/mijn/meldingen/" + id).with(user(this.member)).with(csrf()))
			.andExpect(redirectedUrl("/agenda/cafe"));
		assertThat(this.jdbc.queryForObject("SELECT xmin::text FROM notification WHERE id = ?", String.class, id))
			.isEqualTo(version);
	}

	@Test
	void anotherMembersNotificationDoesNotExistForThem() throws Exception {
		MemberPrincipal other = this.people.member("Olaf Ander");
		this.mvc.perform(post("/mijn/meldingen/" + idOf("/agenda/cafe")).with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("SELECT read_at IS NULL FROM notification WHERE id = ?", Boolean.class,
				idOf("/agenda/cafe")))
			.isTrue();
	}

	@Test
	void markAllReadLeavesNothingUnreadButWhatIsStillToCome() throws Exception {
		this.mvc.perform(post("/mijn/meldingen/gelezen").with(user(this.member)).with(csrf()))
			.andExpect(redirectedUrl("/mijn/meldingen"));

		Html page = Html.of(this.mvc.perform(get("/mijn/meldingen").with(user(this.member))));
		assertThat(page.all(".notification--unread")).isEmpty();
		assertThat(page.has(".site-header .count-badge")).isFalse();
		assertThat(this.jdbc.queryForObject(
				"SELECT read_at IS NULL FROM notification WHERE link = '/nieuws/later' AND member_id = ?",
				Boolean.class, this.member.id()))
			.isTrue();
	}

	@Test
	void aVisitorIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/mijn/meldingen")).andExpect(status().is3xxRedirection());
	}

	private void notify(NotificationKind kind, String link, Instant at, String... arguments) {
		this.transaction.executeWithoutResult((status) -> this.notifier.announce(
				Announcement.of(kind, "test:" + UUID.randomUUID(), link, at, arguments).to(List.of(this.member.id()))));
	}

	private long idOf(String link) {
		return this.jdbc.queryForObject("SELECT id FROM notification WHERE link = ? AND member_id = ?", Long.class,
				link, this.member.id());
	}

}
