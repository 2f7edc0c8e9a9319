package nl.clubhuis.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.clubhuis.Html;
import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestBrowser;
import nl.clubhuis.TestPeople;
import nl.clubhuis.contact.domain.DailyLimitReachedException;
import nl.clubhuis.contact.domain.Letter;
import nl.clubhuis.contact.domain.Messaging;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A member writes to a member through the portal: the mail names the sender, and neither
 * side learns the other's address unless the sender shares theirs; switched off, hidden
 * or oneself is a 404; at most ten a day, also when two sends race; the same form twice
 * sends once.
 */
@IntegrationTest
class ContactMessagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	MemberDirectory directory;

	@Autowired
	Messaging messaging;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theMailNamesTheSenderAndNobodySeesAnAddress() throws Exception {
		MemberPrincipal sender = this.people.member("Sanne Afzender");
		MemberPrincipal recipient = this.people.member("Rob Ontvanger");

		Html form = Html.of(this.mvc.perform(get(form(recipient)).with(user(sender))));
		assertThat(form.text("h1")).isEqualTo("Bericht aan Rob Ontvanger");
		assertThat(form.label("shareAddress")).isEqualTo("Deel mijn e-mailadres zodat de ontvanger kan antwoorden");
		assertThat(form.checked("shareAddress")).as("not shared unless ticked").isEmpty();
		assertThat(form.text()).doesNotContain(recipient.getUsername());

		TestBrowser browser = new TestBrowser(this.mvc);
		browser.logIn(sender.getUsername(), TestPeople.PASSWORD);
		MvcResult sent = browser.perform(post(form(recipient)).param("formToken", form.value("formToken"))
			.param("subject", "Jullie aanpak")
			.param("text", "Hoi Rob,\n\nMag ik iets vragen over jullie aanpak?"));
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/berichten/verstuurd");
		Html confirmation = Html.of(browser.perform(get("/berichten/verstuurd")));
		assertThat(confirmation.text(".contact-sent"))
			.isEqualTo("Je bericht aan Rob Ontvanger is verstuurd via het Clubhuis.");
		assertThat(confirmation.text()).doesNotContain(recipient.getUsername());

		Inbox.Mail mail = this.inbox.awaitOne(recipient.getUsername());
		assertThat(mail.subject()).isEqualTo("Bericht van Sanne Afzender via het Clubhuis: Jullie aanpak");
		assertThat(mail.text())
			.contains("Sanne Afzender (Gemeente Testdorp) stuurt je dit bericht via het Clubhuis.",
					"Mag ik iets vragen over jullie aanpak?",
					"Het profiel van Sanne Afzender: http://localhost:8080" + slug(sender))
			.doesNotContain(sender.getUsername());
		assertThat(mail.replyTo()).as("no Reply-To without consent").isNull();
		assertThat(mail.pathOfLink("/bericht")).isEqualTo(slug(sender) + "/bericht");
		assertThat(mail.text()).contains("Meld dit bericht:");
		assertThat(mail.pathOfLink("/berichten/melden?code=")).isNotBlank();
		this.inbox.settle();
		assertThat(this.inbox.to(sender.getUsername())).as("the sender gets nothing").isEmpty();
	}

	@Test
	void theSendersAddressIsTheReplyToOnlyWhenTheyAgree() throws Exception {
		MemberPrincipal sender = this.people.member("Dewi Deelt");
		MemberPrincipal recipient = this.people.member("Ilse Ontvanger");

		send(sender, recipient, UUID.randomUUID().toString(), true);

		Inbox.Mail mail = this.inbox.awaitOne(recipient.getUsername());
		assertThat(mail.replyTo()).isEqualTo(sender.getUsername());
		assertThat(mail.text()).contains("antwoord je op deze mail, dan gaat je antwoord naar Dewi Deelt");
		assertThat(mail.links()).noneMatch((link) -> link.endsWith("/bericht"));
	}

	@Test
	void theSameFormSentTwiceSendsOnce() throws Exception {
		MemberPrincipal sender = this.people.member("Dubbel Klikker");
		MemberPrincipal recipient = this.people.member("Eén Keer");
		String token = UUID.randomUUID().toString();

		assertThat(send(sender, recipient, token, false).getResponse().getRedirectedUrl())
			.isEqualTo("/berichten/verstuurd");
		assertThat(send(sender, recipient, token, false).getResponse().getRedirectedUrl())
			.isEqualTo("/berichten/verstuurd");

		assertThat(sentBy(sender)).isEqualTo(1);
		this.inbox.awaitOne(recipient.getUsername());
		this.inbox.settle();
		assertThat(this.inbox.to(recipient.getUsername())).hasSize(1);
	}

	@Test
	void switchedOffHiddenOrOneselfIsNotFoundAndVisitorsLogIn() throws Exception {
		MemberPrincipal sender = this.people.member("Nina Nieuwsgierig");
		MemberPrincipal closed = this.people.member("Otto Uit");
		MemberPrincipal hidden = this.people.member("Vera Verborgen");
		this.mvc.perform(post("/mijn/berichten-instellingen").with(user(closed)).with(csrf()));
		this.jdbc.update("UPDATE member SET profile_visibility = 'NIEMAND' WHERE id = ?", hidden.id());

		assertThat(Html.of(this.mvc.perform(get("/mijn/account").with(user(closed))))
			.linkTexts("/mijn/berichten-instellingen")).containsExactly("Berichten aan- of uitzetten");
		Html settings = Html.of(this.mvc.perform(get("/mijn/berichten-instellingen").with(user(closed))));
		assertThat(settings.checked("acceptsMessages")).isEmpty();
		assertThat(status(get(form(closed)).with(user(sender)))).isEqualTo(404);
		assertThat(status(post(form(closed)).with(user(sender))
			.with(csrf())
			.param("subject", "Toch?")
			.param("text", "Toch even."))).isEqualTo(404);
		assertThat(status(get(form(hidden)).with(user(sender)))).isEqualTo(404);
		assertThat(status(get(form(sender)).with(user(sender)))).as("oneself").isEqualTo(404);
		assertThat(status(get("/leden/bestaat-niet/bericht").with(user(sender)))).isEqualTo(404);
		assertThat(this.mvc.perform(get(form(closed))).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(sentBy(sender)).isZero();

		this.mvc.perform(
				post("/mijn/berichten-instellingen").with(user(closed)).with(csrf()).param("acceptsMessages", "true"));
		assertThat(status(get(form(closed)).with(user(sender)))).as("switched on again").isEqualTo(200);
	}

	@Test
	void overTheLimitTheFormSaysSoAndKeepsTheText() throws Exception {
		MemberPrincipal sender = this.people.member("Veel Schrijver");
		MemberPrincipal recipient = this.people.member("Geduldige Lezer");
		alreadySent(sender, recipient, 10);

		Html page = Html.of(
				this.mvc
					.perform(post(form(recipient)).with(user(sender))
						.with(csrf())
						.param("formToken", UUID.randomUUID().toString())
						.param("subject", "Nog eentje")
						.param("text", "Dit is de elfde."))
					.andExpect(MockMvcResultMatchers.status().isTooManyRequests()));

		assertThat(page.text(".contact-limit")).startsWith("Je stuurde de afgelopen 24 uur al 10 berichten");
		assertThat(page.value("subject")).isEqualTo("Nog eentje");
		assertThat(page.value("text")).isEqualTo("Dit is de elfde.");
		assertThat(sentBy(sender)).isEqualTo(10);
	}

	@Test
	void twoSendsAtOnceNeverPassTheLimit() throws Exception {
		MemberPrincipal sender = this.people.member("Snelle Sender");
		MemberPrincipal recipient = this.people.member("Racende Ontvanger");
		alreadySent(sender, recipient, 9);
		String slug = this.directory.find(recipient.id()).orElseThrow().slug();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<Future<Boolean>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				Letter letter = new Letter("Tegelijk " + i, "Tegelijk verstuurd.", false, UUID.randomUUID().toString());
				Callable<Boolean> sending = () -> {
					start.await();
					try {
						return this.messaging.sendToMember(slug, letter, Viewer.of(sender));
					}
					catch (DailyLimitReachedException ex) {
						return false;
					}
				};
				outcomes.add(threads.submit(sending));
			}
			start.countDown();
			assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get())).containsExactlyInAnyOrder(true, false);
		}
		finally {
			threads.shutdown();
		}
		assertThat(sentBy(sender)).isEqualTo(10);
	}

	private MvcResult send(MemberPrincipal sender, MemberPrincipal recipient, String token, boolean share)
			throws Exception {
		return this.mvc
			.perform(post(form(recipient)).with(user(sender))
				.with(csrf())
				.param("formToken", token)
				.param("subject", "Een vraag")
				.param("text", "Mag ik je iets vragen?")
				.param("shareAddress", String.valueOf(share)))
			.andReturn();
	}

	private String form(MemberPrincipal recipient) {
		return slug(recipient) + "/bericht";
	}

	private String slug(MemberPrincipal member) {
		return this.directory.find(member.id()).orElseThrow().profilePath();
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private int sentBy(MemberPrincipal sender) {
		return this.jdbc.queryForObject("SELECT count(*) FROM contact_message WHERE sender_id = ?", Integer.class,
				sender.id());
	}

	/** Messages sent in the last hours, straight into the table. */
	private void alreadySent(MemberPrincipal sender, MemberPrincipal recipient, int howMany) {
		for (int i = 0; i < howMany; i++) {
			this.jdbc.update("""
					INSERT INTO contact_message (sender_id, recipient_id, subject, body, reply_by_mail, form_token,
					    report_token_hash, sent_at)
					VALUES (?, ?, 'Eerder', 'Eerder verstuurd.', false, ?, ?, now() - interval '3 hours')""",
					sender.id(), recipient.id(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
		}
	}

}
