package nl.clubhuis.notifications.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.Inbox;
import nl.clubhuis.Inbox.Mail;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.notifications.Announcement;
import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.notifications.Notifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One-click unsubscribe (RFC 8058): every notification mail carries the headers and a
 * visible link; opening it only shows a button; the POST, without login or CSRF token,
 * turns off exactly that kind (or the digest) for exactly that member; a forged or
 * altered token changes nothing.
 */
@IntegrationTest
class UnsubscribeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifier notifier;

	@Autowired
	Unsubscribes unsubscribes;

	@Autowired
	MailPreferences preferences;

	@Autowired
	TestPeople people;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Inbox inbox;

	MemberPrincipal member;

	@BeforeEach
	void aMember() {
		this.member = this.people.member("Uma Uitschrijf");
	}

	@Test
	void theMailsLinkTurnsOffExactlyThatKindForExactlyThatMemberWithOneClick() throws Exception {
		announce(NotificationKind.PLACE_OFFERED, "/agenda/afmeld-cafe", "Afmeldcafé");
		Mail mail = this.inbox.awaitOne(this.member.getUsername());
		String path = mail.pathOfLink("/afmelden");
		assertThat(mail.listUnsubscribe()).startsWith("<http").endsWith(path + ">");
		assertThat(mail.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(mail.text()).contains("Geen mail meer over deze soort melding");

		Html page = Html.of(this.mvc.perform(get(path)).andExpect(status().isOk()));
		assertThat(page.text(".unsubscribe__what strong")).isEqualTo("Ik ben van de wachtlijst aangemeld");
		assertThat(deliveries()).isEmpty();

		Html done = Html
			.of(this.mvc.perform(post(path).param("List-Unsubscribe", "One-Click")).andExpect(status().isOk()));
		assertThat(done.has(".unsubscribe__done")).isTrue();
		assertThat(deliveries()).containsExactly("PLACE_OFFERED=NONE");
		assertThat(this.preferences.of(this.member.id()).deliveries().get(NotificationKind.EVENT_CALLED_OFF))
			.isEqualTo(Delivery.DIRECT);
	}

	@Test
	void theDigestsLinkTurnsOffTheDigest() throws Exception {
		String path = this.unsubscribes.extras(this.member.id(), null).unsubscribeLink();
		this.mvc.perform(post(path)).andExpect(status().isOk());
		assertThat(this.preferences.of(this.member.id()).period()).isEqualTo(DigestPeriod.NEVER);
		assertThat(deliveries()).isEmpty();
	}

	@Test
	void aForgedOrAlteredTokenChangesNothing() throws Exception {
		MemberPrincipal other = this.people.member("Otto Ander");
		String path = this.unsubscribes.extras(this.member.id(), NotificationKind.NEW_POST).unsubscribeLink();
		String token = path.substring(path.indexOf("t=") + 2);
		String signature = token.substring(token.lastIndexOf('.') + 1);

		for (String forged : List.of(other.id() + ".NEW_POST." + signature, this.member.id() + ".digest." + signature,
				this.member.id() + ".QUESTION_ASKED." + signature, token.replace(".NEW_POST.", ".NEW_POSTX."),
				"nonsense")) {
			this.mvc.perform(post("/afmelden").param("t", forged)).andExpect(status().isNotFound());
			this.mvc.perform(get("/afmelden").param("t", forged)).andExpect(status().isNotFound());
		}
		assertThat(deliveries()).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM notification_preference WHERE member_id = ?",
				Long.class, other.id()))
			.isZero();
		assertThat(this.preferences.of(this.member.id()).period()).isEqualTo(DigestPeriod.WEEKLY);
	}

	private List<String> deliveries() {
		return this.jdbc.queryForList(
				"SELECT kind || '=' || delivery FROM notification_preference WHERE member_id = ? ORDER BY kind",
				String.class, this.member.id());
	}

	private void announce(NotificationKind kind, String link, String argument) {
		this.transaction.executeWithoutResult((status) -> this.notifier
			.announce(Announcement.of(kind, "test:" + UUID.randomUUID(), link, Instant.now(), argument)
				.to(List.of(this.member.id()))));
	}

}
