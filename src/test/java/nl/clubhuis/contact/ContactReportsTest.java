package nl.clubhuis.contact;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.ExpiredRecords;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "Mail de trekker(s)" on a public Doetank; the report link in the mail and the
 * beheerders' page of reported messages; the export, the erasure and the clean-up of
 * messages; and the form pages' fixed number of statements.
 */
@IntegrationTest
class ContactReportsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	MemberDirectory directory;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	@Autowired
	List<ExpiredRecords> expiredRecords;

	@Test
	void aMemberMailsTheTrekkersOfAPublicDoetankOnly() throws Exception {
		MemberPrincipal trekker = this.people.member("Tamara Trekker");
		MemberPrincipal member = this.people.member("Lotte Lid");
		String slug = this.doetanks.active(trekker, this.people.coach("Chris Coach"));
		String proposal = this.doetanks.proposal(this.people.member("Pim Voorsteller"));

		Html page = Html.of(this.mvc.perform(get("/doetanks/" + slug).with(user(member))));
		assertThat(page.linkTexts("/doetanks/" + slug + "/bericht")).containsExactly("Mail de trekker(s)");
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + slug))).links()).as("visitors")
			.doesNotContain("/doetanks/" + slug + "/bericht");
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + slug).with(user(trekker)))).links())
			.as("the only trekker")
			.doesNotContain("/doetanks/" + slug + "/bericht");

		Html form = Html.of(this.mvc.perform(get("/doetanks/" + slug + "/bericht").with(user(member))));
		assertThat(form.text("h1")).startsWith("Mail de trekker(s) van Voorstel");
		this.mvc.perform(post("/doetanks/" + slug + "/bericht").with(user(member))
			.with(csrf())
			.param("formToken", form.value("formToken"))
			.param("subject", "Meedoen")
			.param("text", "Ik weet veel van inkoop."));

		Inbox.Mail mail = this.inbox.awaitOne(trekker.getUsername());
		assertThat(mail.text()).contains("Lotte Lid (Gemeente Testdorp) stuurt jou als trekker van Voorstel",
				"dit bericht via het Clubhuis.", "Ik weet veel van inkoop.");
		assertThat(status(get("/doetanks/" + proposal + "/bericht").with(user(member)))).isEqualTo(404);
		assertThat(status(get("/doetanks/" + slug + "/bericht").with(user(trekker)))).as("the only trekker")
			.isEqualTo(404);
	}

	@Test
	void theRecipientReportsAMessageAndBeheerdersSeeIt() throws Exception {
		MemberPrincipal sender = this.people.member("Bram Brutaal");
		MemberPrincipal recipient = this.people.member("Mira Melder");
		MemberPrincipal beheerder = this.people.beheerder("Bea Meldingen");
		String subject = "Koop nu " + UUID.randomUUID();
		send(sender, recipient, subject, "Dit is reclame.");
		String link = this.inbox.awaitOne(recipient.getUsername()).pathOfLink("/berichten/melden?code=");

		Html confirm = Html.of(this.mvc.perform(get(link)));
		assertThat(confirm.text(".contact-report__subject")).isEqualTo(subject);
		String code = link.substring(link.indexOf("code=") + 5);
		for (int click = 0; click < 2; click++) {
			assertThat(this.mvc.perform(post("/berichten/melden").with(csrf()).param("code", code))
				.andReturn()
				.getResponse()
				.getRedirectedUrl()).isEqualTo("/berichten/gemeld");
		}
		assertThat(Html.of(this.mvc.perform(get(link))).has(".contact-report__done")).isTrue();
		assertThat(status(post("/berichten/melden").with(csrf()).param("code", "onbekend"))).isEqualTo(404);
		assertThat(status(get("/berichten/melden").param("code", "onbekend"))).isEqualTo(404);

		Html reports = Html.of(this.mvc.perform(get("/beheer/meldingen/berichten").with(user(beheerder))));
		assertThat(reports.texts(".reported-message__subject")).containsOnlyOnce(subject);
		assertThat(reports.linkTexts("/beheer/leden/" + sender.id())).contains("Naar Bram Brutaal (blokkeren)");
		assertThat(reports.linkTexts("/beheer/leden/" + recipient.id())).contains("Mira Melder");
		assertThat(reports.texts(".reported-message__text")).contains("Dit is reclame.");
		assertThat(reports.linkTexts("/beheer/meldingen/berichten")).containsExactly("Gemelde berichten");
		assertThat(status(get("/beheer/meldingen/berichten").with(user(recipient)))).isEqualTo(403);
	}

	@Test
	void theExportHoldsTheMessagesAndErasureAndTimeRemoveThem() throws Exception {
		MemberPrincipal sender = this.people.member("Els Export");
		MemberPrincipal recipient = this.people.member("Wim Wissen");
		send(sender, recipient, "Over de export", "Hoi Wim Wissen, tekst voor de export.");
		this.inbox.awaitOne(recipient.getUsername());

		String export = this.mvc.perform(get("/mijn/gegevens").with(user(sender)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(export).contains("\"contact\"", "Over de export", "tekst voor de export.")
			.doesNotContain(recipient.getUsername());

		send(sender, recipient, "Oud", "Oude tekst.");
		String link = this.inbox.await(recipient.getUsername(), 2).get(1).pathOfLink("/berichten/melden?code=");
		Long old = this.jdbc.queryForObject(
				"UPDATE contact_message SET sent_at = now() - interval '31 days' WHERE sender_id = ? AND subject = 'Oud' RETURNING id",
				Long.class, sender.id());
		ExpiredRecords retention = this.expiredRecords.stream()
			.filter((records) -> records.what().equals("member messages"))
			.findFirst()
			.orElseThrow();
		retention.removeExpired(Instant.now());
		assertThat(this.jdbc.queryForObject("SELECT body FROM contact_message WHERE id = ?", String.class, old))
			.as("the text goes after 30 days")
			.isNull();
		assertThat(status(get(link))).as("and with it the report link").isEqualTo(404);
		this.jdbc.update("UPDATE contact_message SET sent_at = now() - interval '91 days' WHERE id = ?", old);
		retention.removeExpired(Instant.now());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM contact_message WHERE id = ?", Integer.class, old))
			.as("the record goes after 90 days")
			.isZero();

		this.mvc.perform(post("/mijn/account/verwijderen").param("keepContent", "true")
			.param("password", TestPeople.PASSWORD)
			.param("confirmed", "true")
			.with(user(recipient))
			.with(csrf()));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM contact_message WHERE body LIKE ? OR sender_id = ? OR recipient_id = ?",
				Integer.class, "%Wim Wissen%", recipient.id(), recipient.id()))
			.as("every message to or from the erased member, and their name in a text")
			.isZero();
	}

	@Test
	void theFormPagesCostAFixedNumberOfStatements() throws Exception {
		MemberPrincipal sender = this.people.member("Tel Statements");
		MemberPrincipal recipient = this.people.member("Tel Ontvanger");
		String doetank = this.doetanks.active(recipient, this.people.coach("Tel Coach"));
		String form = this.directory.find(recipient.id()).orElseThrow().profilePath() + "/bericht";

		long toMember = statementsFor(get(form).with(user(sender)));
		long toDoetank = statementsFor(get("/doetanks/" + doetank + "/bericht").with(user(sender)));
		for (int i = 0; i < 3; i++) {
			send(sender, recipient, "Bericht " + i, "Nog een.");
		}
		this.mvc.perform(post("/mijn/berichten-instellingen").with(user(sender)).with(csrf()));

		// The member, the sender, the two settings (one statement); the Doetank, its
		// team,
		// the settings, the sender; and the question every page asks for a logged-in
		// member (unread notifications). The session's two inserts are not counted
		// (MockMvc's user() makes a new session).
		assertThat(statementsFor(get(form).with(user(sender)))).as(this.statements.recorded().toString())
			.isEqualTo(toMember)
			.isEqualTo(4);
		assertThat(statementsFor(get("/doetanks/" + doetank + "/bericht").with(user(sender))))
			.as(this.statements.recorded().toString())
			.isEqualTo(toDoetank)
			.isEqualTo(5);
	}

	private void send(MemberPrincipal sender, MemberPrincipal recipient, String subject, String text) throws Exception {
		MvcResult result = this.mvc
			.perform(post(this.directory.find(recipient.id()).orElseThrow().profilePath() + "/bericht")
				.with(user(sender))
				.with(csrf())
				.param("formToken", UUID.randomUUID().toString())
				.param("subject", subject)
				.param("text", text))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/berichten/verstuurd");
	}

	private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
		this.statements.reset();
		this.mvc.perform(request).andReturn();
		return this.statements.recorded()
			.stream()
			.filter((statement) -> !statement.startsWith("INSERT INTO SPRING_SESSION"))
			.count();
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
