package nl.clubhuis.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.agenda.EventRef;
import nl.clubhuis.agenda.RegistrationService;
import nl.clubhuis.agenda.TestEvents;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
import nl.clubhuis.publishing.domain.CommentService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deleting an account on the real PostgreSQL: afterwards the member's name and address
 * are in no column of any table, what they wrote still shows under "voormalig lid" (or is
 * gone, as they chose), their place at an event goes to the first in line, and the last
 * trekker of an active Doetank is asked to hand over first.
 */
@IntegrationTest
class AccountErasureTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService doetankService;

	@Autowired
	TestPosts posts;

	@Autowired
	CommentService comments;

	@Autowired
	TestEvents events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	MemberService members;

	@Autowired
	FindByIndexNameSessionRepository<?> sessions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Inbox inbox;

	final String run = UUID.randomUUID().toString().replaceAll("[^a-f]", "");

	@Test
	void afterErasureTheMemberIsNowhereAndTheirContentShowsUnderVoormaligLid() throws Exception {
		MemberPrincipal trekker = this.people.member("Tim Trekker");
		MemberPrincipal coach = this.people.coach("Coby Coach");
		MemberPrincipal redacteur = this.people.redacteur("Rob Redacteur");
		MemberPrincipal waiting = this.people.member("Wim Wachtend");
		String name = "Eline Wisvanger " + this.run;
		MemberPrincipal leaving = this.people.member(name);
		String email = emailOf(leaving);
		String doetank = this.doetanks.active(trekker, coach);
		this.doetankService.requestToJoin(doetank, "Ik ben " + name + " en wil graag meedoen.", leaving);
		this.doetankService.approveRequest(doetank, this.doetanks.pendingRequestId(doetank, leaving), trekker);
		WrittenPost blog = this.posts.published(PostKind.DOETANKBLOG, doetank, "Wat we leerden " + this.run, leaving);
		WrittenPost news = this.posts.published(PostKind.NIEUWS, null, "Nieuws " + this.run, redacteur);
		this.comments.add(news.slug(), "Mooi nieuws, dank!", leaving);
		EventRef cafe = this.events.cafe(1, redacteur);
		this.registrations.register(cafe.slug(), "Groet van " + name, leaving);
		this.registrations.register(cafe.slug(), null, waiting);
		openSessionOf(email);
		this.mvc.perform(post("/login").param("email", email).param("password", "niet-mijn-wachtwoord").with(csrf()));
		assertThat(textColumnsContaining(email)).as("before erasure").isNotEmpty();

		this.mvc.perform(erase(leaving, "true", TestPeople.PASSWORD)).andExpect(redirectedUrl("/account-verwijderd"));

		assertThat(textColumnsContaining(email)).as("columns holding the address").isEmpty();
		assertThat(textColumnsContaining(name)).as("columns holding the name").isEmpty();
		assertThat(this.members.findByEmail(email)).isEmpty();
		assertThat(statusOf(cafe, waiting)).as("the first in line moved up").isEqualTo("BEVESTIGD");
		assertThat(statusOf(cafe, leaving)).isEqualTo("GEANNULEERD");

		Html blogPage = Html.of(this.mvc.perform(get(blog.path())).andExpect(status().isOk()));
		assertThat(blogPage.text("main")).contains("voormalig lid");
		Html newsPage = Html.of(this.mvc.perform(get(news.path())).andExpect(status().isOk()));
		assertThat(newsPage.text("main")).contains("Mooi nieuws, dank!", "voormalig lid");
		Html doetankPage = Html.of(this.mvc.perform(get("/doetanks/" + doetank)).andExpect(status().isOk()));
		assertThat(doetankPage.text("main")).contains(blog.title(), "voormalig lid");
		this.mvc.perform(get("/agenda/" + cafe.slug())).andExpect(status().isOk());
		Html attendees = Html.of(this.mvc.perform(get("/agenda/" + cafe.slug() + "/aanmeldingen").with(user(redacteur)))
			.andExpect(status().isOk()));
		assertThat(attendees.text("main")).contains("Wim Wachtend").doesNotContain(name);
	}

	@Test
	void aMemberWhoChoosesSoTakesTheirPostsAndCommentsAlong() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		MemberPrincipal leaving = this.people.redacteur("Frits Vertrekker " + this.run);
		WrittenPost own = this.posts.published(PostKind.NIEUWS, null, "Eigen nieuws " + this.run, leaving);
		WrittenPost other = this.posts.published(PostKind.NIEUWS, null, "Ander nieuws " + this.run, redacteur);
		this.comments.add(other.slug(), "Reactie die mee verdwijnt " + this.run, leaving);

		this.mvc.perform(erase(leaving, "false", TestPeople.PASSWORD)).andExpect(redirectedUrl("/account-verwijderd"));
		// A second send of the same form changes nothing.
		this.mvc.perform(erase(leaving, "false", TestPeople.PASSWORD)).andExpect(redirectedUrl("/account-verwijderd"));

		this.mvc.perform(get(own.path())).andExpect(status().isNotFound());
		Html otherPage = Html.of(this.mvc.perform(get(other.path())).andExpect(status().isOk()));
		assertThat(otherPage.text("main")).doesNotContain("Reactie die mee verdwijnt");
		assertThat(this.jdbc.queryForObject("SELECT roles::text FROM member WHERE id = ?", String.class, leaving.id()))
			.isEqualTo("{}");
	}

	@Test
	void theLastTrekkerOfAnActiveDoetankIsAskedToHandOverFirst() throws Exception {
		MemberPrincipal trekker = this.people.member("Lotte Laatste");
		String doetank = this.doetanks.active(trekker, this.people.coach("Cas Coach"));
		String title = this.doetanks.load(doetank, trekker).getTitle();

		Html page = Html
			.of(this.mvc.perform(get("/mijn/account/verwijderen").with(user(trekker))).andExpect(status().isOk()));
		assertThat(page.text(".obstacles")).contains("laatste trekker", title);
		assertThat(page.has("form[action='/mijn/account/verwijderen']")).isFalse();
		Html refused = Html
			.of(this.mvc.perform(erase(trekker, "true", TestPeople.PASSWORD)).andExpect(status().isOk()));
		assertThat(refused.text(".obstacles")).contains(title);
		assertThat(this.members.findByEmail(emailOf(trekker))).isPresent();

		MemberPrincipal successor = this.people.member("Sam Opvolger");
		this.doetanks.addTrekker(doetank, successor);
		Html free = Html.of(this.mvc.perform(get("/mijn/account/verwijderen").with(user(trekker))));
		assertThat(free.has(".obstacles")).isFalse();
		assertThat(free.has("form[action='/mijn/account/verwijderen']")).isTrue();
	}

	@Test
	void aWrongPasswordOrAMissingChoiceIsShownAtItsField() throws Exception {
		MemberPrincipal member = this.people.member("Pien Proberen");

		Html wrong = Html
			.of(this.mvc.perform(erase(member, "true", "niet-mijn-wachtwoord")).andExpect(status().isOk()));
		assertThat(wrong.fieldError("password")).isEqualTo("Dit wachtwoord klopt niet.");
		assertThat(wrong.value("password")).isEmpty();
		Html incomplete = Html.of(
				this.mvc
					.perform(post("/mijn/account/verwijderen").param("password", TestPeople.PASSWORD)
						.param("_confirmed", "on")
						.with(user(member))
						.with(csrf()))
					.andExpect(status().isOk()));
		assertThat(incomplete.errorSummary()).containsExactly(
				"Wat gebeurt er met je berichten en reacties?: Kies wat er met je berichten en reacties gebeurt.",
				"Ik begrijp dat mijn account definitief verdwijnt.: Vink aan dat je dit begrijpt.");
		assertThat(this.members.findByEmail(emailOf(member))).isPresent();
	}

	@Test
	void aVraagstukStillWaitingForIntakeIsWithdrawn() throws Exception {
		MemberPrincipal author = this.people.member("Vera Voorstel");
		String proposal = this.doetanks.proposal(author);

		this.mvc.perform(erase(author, "true", TestPeople.PASSWORD)).andExpect(redirectedUrl("/account-verwijderd"));

		assertThat(this.jdbc.queryForObject("SELECT status FROM doetank WHERE slug = ?", String.class, proposal))
			.isEqualTo("AFGEWEZEN");
	}

	@Test
	void theGoodbyePageIsPublic() throws Exception {
		Html page = Html.of(this.mvc.perform(get("/account-verwijderd")).andExpect(status().isOk()));

		assertThat(page.text("h1")).isEqualTo("Je account is verwijderd");
	}

	@Test
	void aBeheerderErasesAnAccountAtItsMembersRequest() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal redacteur = this.people.redacteur("Rik Redacteur");
		String name = "Mirjam Mailboxkwijt " + this.run;
		MemberPrincipal leaving = this.people.member(name);
		String email = emailOf(leaving);
		WrittenPost news = this.posts.published(PostKind.NIEUWS, null, "Nieuws " + this.run, redacteur);
		this.comments.add(news.slug(), "Ik schreef dit nog " + this.run, leaving);
		openSessionOf(email);

		this.mvc.perform(eraseOnRequest(beheerder, leaving, "true"))
			.andExpect(redirectedUrl("/beheer/leden/" + leaving.id()))
			.andExpect(flash().attribute("flashSuccess", "beheer.done.erased"));
		// A second click finds the account erased and does nothing more.
		this.mvc.perform(eraseOnRequest(beheerder, leaving, "true"))
			.andExpect(redirectedUrl("/beheer/leden/" + leaving.id()));

		assertThat(textColumnsContaining(email)).as("columns holding the address").isEmpty();
		assertThat(textColumnsContaining(name)).as("columns holding the name").isEmpty();
		assertThat(this.sessions.findByPrincipalName(email)).as("the member's sessions").isEmpty();
		Html newsPage = Html.of(this.mvc.perform(get(news.path())).andExpect(status().isOk()));
		assertThat(newsPage.text("main")).contains("Ik schreef dit nog " + this.run, "voormalig lid");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE kind = 'ERASED' AND member_id = ? AND actor_id = ?",
				Integer.class, leaving.id(), beheerder.id()))
			.as("the logboek names the beheerder, once")
			.isEqualTo(1);
		Inbox.Mail last = this.inbox.awaitOne(email);
		assertThat(last.subject()).isEqualTo("Je account bij het Clubhuis is verwijderd");
		assertThat(last.text()).contains("voormalig lid", "privacy@");
		this.inbox.settle();
		assertThat(this.inbox.to(email)).as("one last mail, not two").hasSize(1);
		Html memberPage = Html.of(this.mvc.perform(get("/beheer/leden/" + leaving.id()).with(user(beheerder))));
		assertThat(memberPage.text(".member-erased")).startsWith("Dit account is verwijderd");
	}

	@Test
	void aBeheerderErasesWhatTheMemberWroteWhenTheyAskedForThat() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal leaving = this.people.redacteur("Rens Radicaal " + this.run);
		String email = emailOf(leaving);
		WrittenPost own = this.posts.published(PostKind.NIEUWS, null, "Eigen nieuws " + this.run, leaving);

		this.mvc.perform(eraseOnRequest(beheerder, leaving, "false"))
			.andExpect(redirectedUrl("/beheer/leden/" + leaving.id()));

		this.mvc.perform(get(own.path())).andExpect(status().isNotFound());
		assertThat(this.inbox.awaitOne(email).text()).contains("verwijderd, zoals je vroeg");
	}

	@Test
	void aBeheerdersAccountIsErasedOnlyAfterTheRoleIsTakenAway() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal other = this.people.beheerder("Ben Beheer " + this.run);
		String page = "/beheer/leden/" + other.id();

		Html memberPage = Html.of(this.mvc.perform(get(page).with(user(beheerder))).andExpect(status().isOk()));
		assertThat(memberPage.text(".erase-beheerder")).startsWith("Een account met de rol beheerder");
		assertThat(memberPage.links("#pagina")).doesNotContain(page + "/verwijderen");
		this.mvc.perform(get(page + "/verwijderen").with(user(beheerder))).andExpect(status().isNotFound());
		this.mvc.perform(eraseOnRequest(beheerder, other, "true"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashProblem", "beheer.erase.isBeheerder"));
		assertThat(this.members.findByEmail(emailOf(other))).isPresent();

		this.mvc.perform(post(page + "/rollen/BEHEERDER/intrekken").with(csrf()).with(user(beheerder)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(eraseOnRequest(beheerder, other, "true"))
			.andExpect(flash().attribute("flashSuccess", "beheer.done.erased"));
	}

	@Test
	void aBeheerderAsksForAnotherTrekkerBeforeErasingTheLastOne() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal trekker = this.people.member("Lotte Laatste");
		String doetank = this.doetanks.active(trekker, this.people.coach("Cas Coach"));
		String title = this.doetanks.load(doetank, trekker).getTitle();
		String confirm = "/beheer/leden/" + trekker.id() + "/verwijderen";

		Html page = Html.of(this.mvc.perform(get(confirm).with(user(beheerder))).andExpect(status().isOk()));
		assertThat(page.text(".obstacles")).contains("Dit lid is de laatste trekker", title);
		assertThat(page.has("form[action='" + confirm + "']")).isFalse();
		Html refused = Html.of(this.mvc.perform(eraseOnRequest(beheerder, trekker, "true")).andExpect(status().isOk()));
		assertThat(refused.text(".obstacles")).contains(title);
		assertThat(this.members.findByEmail(emailOf(trekker))).isPresent();
	}

	@Test
	void aBeheerderWhoForgetsTheChoiceOrTheCheckIsToldAtTheField() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal member = this.people.member("Pim Verzoek");

		Html page = Html.of(
				this.mvc
					.perform(post("/beheer/leden/" + member.id() + "/verwijderen").param("_requestChecked", "on")
						.with(user(beheerder))
						.with(csrf()))
					.andExpect(status().isOk()));

		assertThat(page.errorSummary()).containsExactly(
				"Wat gebeurt er met de berichten en reacties van dit lid?: Kies wat er met de berichten en reacties"
						+ " van dit lid gebeurt; overleg zo nodig met het lid.",
				"Het lid vroeg hier zelf om, en ik heb gecontroleerd dat het verzoek van het lid komt:"
						+ " Vink aan dat het verzoek van het lid zelf komt.");
		assertThat(page.fieldError("keepContent")).startsWith("Kies wat er");
		assertThat(page.fieldError("requestChecked")).startsWith("Vink aan");
		assertThat(this.members.findByEmail(emailOf(member))).isPresent();
	}

	private MockHttpServletRequestBuilder eraseOnRequest(MemberPrincipal beheerder, MemberPrincipal member,
			String keepContent) {
		return post("/beheer/leden/" + member.id() + "/verwijderen").param("keepContent", keepContent)
			.param("requestChecked", "true")
			.with(user(beheerder))
			.with(csrf());
	}

	private MockHttpServletRequestBuilder erase(MemberPrincipal member, String keepContent, String password) {
		return post("/mijn/account/verwijderen").param("keepContent", keepContent)
			.param("password", password)
			.param("confirmed", "true")
			.with(user(member))
			.with(csrf());
	}

	private String emailOf(MemberPrincipal member) {
		return this.jdbc.queryForObject("SELECT email FROM member WHERE id = ?", String.class, member.id());
	}

	private String statusOf(EventRef event, MemberPrincipal member) {
		return this.jdbc.queryForObject(
				"SELECT status FROM event_registration WHERE event_id = ? AND member_id = ? ORDER BY id DESC LIMIT 1",
				String.class, event.id(), member.id());
	}

	private void openSessionOf(String email) {
		openSession(this.sessions, email);
		assertThat(this.sessions.findByPrincipalName(email)).hasSize(1);
	}

	private static <S extends Session> void openSession(FindByIndexNameSessionRepository<S> sessions, String email) {
		S session = sessions.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, email);
		sessions.save(session);
	}

	/**
	 * Every column of every table in the public schema that holds {@code text}: text and
	 * arrays and jsonb compared as text (any case), bytes (sessions, files) searched for
	 * its UTF-8 form.
	 */
	private List<String> textColumnsContaining(String text) {
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : this.jdbc.queryForList("""
				SELECT table_name, column_name, data_type FROM information_schema.columns
				WHERE table_schema = 'public'
				  AND data_type IN ('character varying', 'text', 'character', 'ARRAY', 'bytea', 'jsonb')""")) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			String condition = "bytea".equals(column.get("data_type"))
					? "position(convert_to(?, 'UTF8') in \"" + name + "\") > 0"
					: "\"" + name + "\"::text ILIKE '%' || ? || '%'";
			Integer hits = this.jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\" WHERE " + condition,
					Integer.class, text);
			if (hits != null && hits > 0) {
				found.add(table + "." + name);
			}
		}
		return found;
	}

}
