package nl.clubhuis.beheer;

import nl.clubhuis.Html;
import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.TestMailQueue;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /beheer/mail: a beheerder sees whether mail reaches the mail server, and sends
 * themselves a test mail; /beheer says so when members are not getting their mail.
 */
@IntegrationTest
class MailPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void aBeheerderSendsThemselvesATestMailOnceAMinute() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		this.jdbc.update("UPDATE mail_status SET test_requested_at = NULL");
		java.time.Instant asked = java.time.Instant.now().minusSeconds(1);

		this.mvc.perform(post("/beheer/mail/test").with(user(beheerder)).with(csrf()))
			.andExpect(redirectedUrl("/beheer/mail"))
			.andExpect(flash().attribute("flashSuccess", "beheer.mail.test.sent"));
		this.mvc.perform(post("/beheer/mail/test").with(user(beheerder)).with(csrf()))
			.andExpect(flash().attribute("flashProblem", "beheer.mail.test.tooSoon"));

		Inbox.Mail test = this.inbox.awaitOne(beheerder.getUsername());
		assertThat(test.subject()).isEqualTo("Testmail van het Clubhuis");
		assertThat(test.pathOfLink("/beheer/mail")).isEqualTo("/beheer/mail");
		this.inbox.settle();
		assertThat(this.inbox.to(beheerder.getUsername())).as("a second click sends no second mail").hasSize(1);
		TestMailQueue.drain(this.context);
		assertThat(
				this.jdbc.queryForObject("SELECT last_sent_at FROM mail_status", java.sql.Timestamp.class).toInstant())
			.as("the test mail is recorded as sent")
			.isAfter(asked);
		Html page = Html.of(this.mvc.perform(get("/beheer/mail").with(user(beheerder))).andExpect(status().isOk()));
		assertThat(page.text(".mail-last-sent")).isNotEqualTo("Nog nooit");
		assertThat(page.text("#testmail-titel + p")).contains(beheerder.getUsername());
	}

	@Test
	void failingMailIsShownWithWhatTheServerSaidAndOnTheMemberList() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		TestMailQueue.drain(this.context);
		this.jdbc.update("UPDATE mail_status SET failures_since_sent = 0");
		Html before = Html.of(this.mvc.perform(get("/beheer").with(user(beheerder))));
		assertThat(before.has(".mail-trouble")).as("mail that works").isFalse();

		this.jdbc.update("UPDATE mail_status SET failures_since_sent = 3, last_failed_at = now(),"
				+ " last_error = 'MailAuthenticationException: 535 Authentication failed'");
		try {
			Html list = Html.of(this.mvc.perform(get("/beheer").with(user(beheerder))).andExpect(status().isOk()));
			assertThat(list.text(".mail-trouble")).startsWith("De mail komt niet aan");
			assertThat(list.links(".mail-trouble")).containsExactly("/beheer/mail");
			Html page = Html.of(this.mvc.perform(get("/beheer/mail").with(user(beheerder))).andExpect(status().isOk()));
			assertThat(page.text(".mail-failing")).startsWith("De laatste 3 mails konden niet worden verstuurd.");
			assertThat(page.text(".mail-last-error"))
				.isEqualTo("MailAuthenticationException: 535 Authentication failed");
			assertThat(page.has(".mail-not-configured")).isFalse();
		}
		finally {
			this.jdbc.update("UPDATE mail_status SET failures_since_sent = 0");
		}
	}

}
