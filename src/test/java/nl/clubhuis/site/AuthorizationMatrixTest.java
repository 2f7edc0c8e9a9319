package nl.clubhuis.site;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.route.GateReviewCommand;
import nl.clubhuis.route.MilestoneEntry;
import nl.clubhuis.route.MilestoneService;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every route against every kind of person. "login" means the visitor is sent to log in;
 * a number is the HTTP status; "done" means the action was carried out (a redirect back
 * to a page).
 */
@IntegrationTest
class AuthorizationMatrixTest {

	enum Who {

		ANONYMOUS, MEMBER, TREKKER, REQUESTER, COACH, BEHEERDER

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService service;

	@Autowired
	nl.clubhuis.member.MemberDirectory directory;

	@Autowired
	nl.clubhuis.expertise.ExpertiseVocabulary vocabulary;

	Fixture fixture;

	/** The target's profile (members only) and a term of the vocabulary of its own. */
	static String targetProfile;

	static Long matrixTerm;

	@Autowired
	MilestoneService milestones;

	/** A milestone of the fixture's active Doetank, fresh for every row. */
	static Long milestone;

	/** A Doetank in verbreden, made once: others may report that they take it up. */
	static String spreading;

	/** An adopter of {@link #spreading} that Mila Lid reported, fresh for every row. */
	static Long adopter;

	@Autowired
	nl.clubhuis.route.DoorService doors;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	/**
	 * The trekker's request to the supportcomité to open a door (a beheerder answers it),
	 * fresh for every row.
	 */
	static Long door;

	/** A question of the trekker with an answer of Mila Lid, made once. */
	static Long question;

	static Long answer;

	/**
	 * People are made once (password hashing is slow on purpose); Doetanks are fresh for
	 * every row.
	 */
	static People cast;

	record People(MemberPrincipal member, MemberPrincipal trekker, MemberPrincipal requester, MemberPrincipal coach,
			MemberPrincipal otherCoach, MemberPrincipal beheerder, MemberPrincipal teamMember, MemberPrincipal target) {
	}

	/**
	 * Fresh data for each row: an active Doetank with a pending request, and a proposal
	 * of the trekker.
	 */
	record Fixture(MemberPrincipal member, MemberPrincipal trekker, MemberPrincipal requester, MemberPrincipal coach,
			MemberPrincipal beheerder, String active, String proposal, Long requestId, Long memberMembershipId,
			List<Long> checkpoints, Long target, String targetSlug) {

		MemberPrincipal as(Who who) {
			return switch (who) {
				case ANONYMOUS -> null;
				case MEMBER -> this.member;
				case TREKKER -> this.trekker;
				case REQUESTER -> this.requester;
				case COACH -> this.coach;
				case BEHEERDER -> this.beheerder;
			};
		}

	}

	@BeforeEach
	void freshFixture() {
		if (cast == null) {
			cast = new People(this.people.member("Mila Lid"), this.people.member("Tessa Trekker"),
					this.people.member("Rik Aanvrager"), this.people.coach("Cor Coach"),
					this.people.coach("Ceciel Coach"), this.people.beheerder("Bas Beheerder"),
					this.people.member("Teun Teamlid"), this.people.member("Dirk Doelwit"));
			targetProfile = this.directory.find(cast.target().id()).orElseThrow().profilePath();
			matrixTerm = this.vocabulary
				.add("Matrixterm " + java.util.UUID.randomUUID(), "Matrix term " + java.util.UUID.randomUUID())
				.id();
			question = this.jdbc.queryForObject("""
					INSERT INTO question (submission, asker_id, title, slug, body, asked_at)
					VALUES (gen_random_uuid(), ?, 'Matrixvraag', 'matrixvraag', 'Wie weet het?', now()) RETURNING id""",
					Long.class, cast.trekker().id());
			answer = this.jdbc.queryForObject("""
					INSERT INTO answer (submission, question_id, author_id, body, written_at)
					VALUES (gen_random_uuid(), ?, ?, 'Ik.', now()) RETURNING id""", Long.class, question,
					cast.member().id());
		}
		String active = this.doetanks.active(cast.trekker(), cast.otherCoach());
		// No mail about their join decision for each row (see the door request below).
		this.jdbc.update("INSERT INTO notification_preference (member_id, kind, delivery)"
				+ " VALUES (?, 'REQUEST_DECIDED', 'NONE') ON CONFLICT DO NOTHING", cast.teamMember().id());
		this.service.requestToJoin(active, "Ik doe al mee.", cast.teamMember());
		Long teamMembershipId = this.doetanks.pendingRequestId(active, cast.teamMember());
		this.service.approveRequest(active, teamMembershipId, cast.trekker());
		this.service.requestToJoin(active, "Ik wil graag meedoen.", cast.requester());
		this.fixture = new Fixture(cast.member(), cast.trekker(), cast.requester(), cast.coach(), cast.beheerder(),
				active, this.doetanks.proposal(cast.trekker()),
				this.doetanks.pendingRequestId(active, cast.requester()), teamMembershipId,
				this.doetanks.review(active, GateDecision.Kind.DOOR)
					.answers()
					.stream()
					.map(GateReviewCommand.Answer::checklistItemId)
					.toList(),
				cast.target().id(), this.directory.find(cast.target().id()).orElseThrow().slug());
		milestone = this.milestones.add(active,
				new MilestoneEntry(TestDoetanks.today(), "Opdracht getekend", "De directeur tekende.", null),
				cast.trekker());
		if (spreading == null) {
			spreading = this.doetanks.inPhase(nl.clubhuis.doetank.Phase.VERBREDEN, cast.trekker(), cast.otherCoach());
		}
		// The adopter and the door request are written straight into their tables:
		// through their services each would mail someone, and a mail or more for each of
		// the matrix's rows kept the one mail thread busy long after this test
		// (AdopterPagesTest and DoorPagesTest cover those mails).
		adopter = this.jdbc.queryForObject(
				"INSERT INTO adopter (doetank_id, organisation, taken_up, adopted_since, contact_name, recorded_by_id,"
						+ " recorded_at, updated_at) SELECT id, ?, 'De werkwijze.', ?, 'Anna de Vries', ?, now(), now()"
						+ " FROM doetank WHERE slug = ? RETURNING id",
				Long.class, "Gemeente Matrix " + java.util.UUID.randomUUID(), TestDoetanks.today(), cast.member().id(),
				spreading);
		door = this.jdbc.queryForObject(
				"INSERT INTO door_request (doetank_id, asked_by_id, to_whom, reason, wanted_by, state, asked_at)"
						+ " SELECT id, ?, 'De minister', 'Voor de pilot.', ?, 'OPEN', now() FROM doetank WHERE slug = ?"
						+ " RETURNING id",
				Long.class, cast.trekker().id(), TestDoetanks.today().plusWeeks(2), active);
	}

	/**
	 * A complete, valid gatekeepers-overleg with DOOR as its decision, the Doetank's own
	 * coach ticked as the second coach present.
	 */
	private static MockHttpServletRequestBuilder gateReview(Fixture f) {
		MockHttpServletRequestBuilder request = post("/doetanks/" + f.active() + "/gatekeepers")
			.param("heldOn", TestDoetanks.today().toString())
			.param("coachIds", String.valueOf(cast.otherCoach().id()))
			.param("reflection", "Het team is klaar voor de volgende stap.")
			.param("decision", "DOOR");
		f.checkpoints().forEach((id) -> request.param("answers[" + id + "]", "JA"));
		return request;
	}

	static Stream<Arguments> matrix() {
		return Stream.<Stream<Arguments>>of(row("GET /", (f) -> get("/"), "200", "200", "200", "200", "200", "200"),
				row("GET /doetanks", (f) -> get("/doetanks"), "200", "200", "200", "200", "200", "200"),
				row("GET this year's yearly report",
						(f) -> get("/cijfers/" + java.time.Year.now(java.time.ZoneId.of("Europe/Amsterdam"))), "200",
						"200", "200", "200", "200", "200"),
				row("GET a yearly report without data", (f) -> get("/cijfers/1950"), "404", "404", "404", "404", "404",
						"404"),
				row("GET an active Doetank", (f) -> get("/doetanks/" + f.active()), "200", "200", "200", "200", "200",
						"200"),
				row("GET a proposal", (f) -> get("/doetanks/" + f.proposal()), "404", "404", "200", "404", "200",
						"200"),
				row("GET an unknown Doetank", (f) -> get("/doetanks/bestaat-niet"), "404", "404", "404", "404", "404",
						"404"),
				row("GET /doetanks/nieuw", (f) -> get("/doetanks/nieuw"), "login", "200", "200", "200", "200", "200"),
				row("POST /doetanks/nieuw",
						(f) -> post("/doetanks/nieuw").param("title", "Nieuw vraagstuk")
							.param("vraagstuk", "Een probleem.")
							.param("theme", "DIENSTVERLENING")
							.param("organisation", "Gemeente Testdorp"),
						"login", "done", "done", "done", "done", "done"),
				row("GET /coach", (f) -> get("/coach"), "login", "403", "403", "403", "200", "200"),
				row("POST accept a proposal",
						(f) -> judged(post("/doetanks/" + f.proposal() + "/intake/accepteren"), "true"), "login", "404",
						"403", "404", "done", "done"),
				row("POST decline a proposal",
						(f) -> judged(post("/doetanks/" + f.proposal() + "/intake/afwijzen"), "false").param("note",
								"Past niet"),
						"login", "404", "403", "404", "done", "done"),
				row("POST ask to join",
						(f) -> post("/doetanks/" + f.active() + "/aanmelden").param("motivation", "Ja!"), "login",
						"done", "done", "done", "done", "done"),
				row("POST approve a join request",
						(f) -> post("/doetanks/" + f.active() + "/aanvragen/" + f.requestId() + "/goedkeuren"), "login",
						"403", "done", "403", "403", "done"),
				row("POST decline a join request",
						(f) -> post("/doetanks/" + f.active() + "/aanvragen/" + f.requestId() + "/afwijzen"), "login",
						"403", "done", "403", "403", "done"),
				row("POST leave a Doetank", (f) -> post("/doetanks/" + f.active() + "/verlaten"), "login", "done",
						"done", "done", "done", "done"),
				row("GET an unknown address", (f) -> get("/bestaat/niet"), "404", "404", "404", "404", "404", "404"),
				row("POST make a member trekker",
						(f) -> post("/doetanks/" + f.active() + "/team/" + f.memberMembershipId() + "/trekker"),
						"login", "403", "done", "403", "403", "done"),
				row("GET the team page", (f) -> get("/doetanks/" + f.active() + "/team"), "login", "403", "200", "403",
						"200", "200"),
				row("POST invite a member",
						(f) -> post("/doetanks/" + f.active() + "/team/uitnodigingen")
							.param("memberId", f.target().toString())
							.param("role", "LID")
							.param("ring", "KERN"),
						"login", "403", "done", "403", "403", "done"),
				row("POST change a role",
						(f) -> post("/doetanks/" + f.active() + "/team/" + f.memberMembershipId() + "/rol")
							.param("role", "SUPPORTER"),
						"login", "403", "done", "403", "403", "done"),
				row("POST move to the schil",
						(f) -> post("/doetanks/" + f.active() + "/team/" + f.memberMembershipId() + "/ring")
							.param("ring", "SCHIL"),
						"login", "403", "done", "403", "403", "done"),
				row("GET end a membership (confirmation)",
						(f) -> get("/doetanks/" + f.active() + "/team/" + f.memberMembershipId() + "/beeindigen"),
						"login", "403", "200", "403", "403", "200"),
				row("POST end a membership",
						(f) -> post("/doetanks/" + f.active() + "/team/" + f.memberMembershipId() + "/beeindigen"),
						"login", "403", "done", "403", "403", "done"),
				row("POST assign a coach",
						(f) -> post("/doetanks/" + f.active() + "/team/coaches").param("memberId",
								f.coach().id().toString()),
						"login", "403", "403", "403", "done", "done"),
				row("POST add a guest",
						(f) -> post("/doetanks/" + f.active() + "/team/gasten").param("name", "Directeur Dijkstra")
							.param("guestRole", "OPDRACHTGEVER"),
						"login", "403", "done", "403", "403", "done"),
				row("GET another Doetank's guest", (f) -> get("/doetanks/" + f.active() + "/team/gasten/0"), "login",
						"403", "404", "403", "403", "404"),
				row("POST remove a guest", (f) -> post("/doetanks/" + f.active() + "/team/gasten/0/verwijderen"),
						"login", "403", "done", "403", "403", "done"),
				row("GET withdraw a join request (confirmation)",
						(f) -> get("/doetanks/" + f.active() + "/aanvraag/intrekken"), "login", "done", "done", "200",
						"done", "done"),
				row("POST withdraw a join request", (f) -> post("/doetanks/" + f.active() + "/aanvraag/intrekken"),
						"login", "done", "done", "done", "done", "done"),
				row("GET leave a Doetank (confirmation)", (f) -> get("/doetanks/" + f.active() + "/verlaten"), "login",
						"done", "200", "done", "done", "done"),
				row("GET the invitation page", (f) -> get("/doetanks/" + f.active() + "/uitnodiging"), "login", "200",
						"200", "200", "200", "200"),
				row("POST accept someone else's membership as invitation",
						(f) -> post("/doetanks/" + f.active() + "/uitnodiging/" + f.requestId() + "/accepteren"),
						"login", "404", "404", "404", "404", "404"),
				row("POST decline someone else's membership as invitation",
						(f) -> post("/doetanks/" + f.active() + "/uitnodiging/" + f.memberMembershipId() + "/afslaan"),
						"login", "404", "404", "404", "404", "404"),
				row("GET the edit form", (f) -> get("/doetanks/" + f.active() + "/bewerken"), "login", "403", "200",
						"403", "403", "200"),
				row("POST the edit form (shown again: no title)",
						(f) -> post("/doetanks/" + f.active() + "/bewerken").param("title", "")
							.param("vraagstuk", "Een probleem.")
							.param("theme", "DIENSTVERLENING"),
						"login", "403", "200", "403", "403", "200"),
				row("GET the edit form of a proposal", (f) -> get("/doetanks/" + f.proposal() + "/bewerken"), "login",
						"404", "200", "404", "403", "200"),
				row("GET a Doetank's history", (f) -> get("/doetanks/" + f.active() + "/geschiedenis"), "200", "200",
						"200", "200", "200", "200"),
				row("GET a proposal's history", (f) -> get("/doetanks/" + f.proposal() + "/geschiedenis"), "404", "404",
						"200", "404", "200", "200"),
				row("GET take an unknown text out of a history",
						(f) -> get("/doetanks/" + f.active() + "/geschiedenis/0/vraagstuk/verwijderen").param("tekst",
								"oud"),
						"login", "403", "403", "403", "403", "404"),
				row("POST take an unknown text out of a history",
						(f) -> post("/doetanks/" + f.active() + "/geschiedenis/0/vraagstuk/verwijderen").param("tekst",
								"oud"),
						"login", "403", "403", "403", "403", "done"),
				row("POST withdraw a proposal", (f) -> post("/doetanks/" + f.proposal() + "/intrekken"), "login", "404",
						"done", "404", "403", "403"),
				row("POST bring a proposal in again", (f) -> post("/doetanks/" + f.proposal() + "/opnieuw-inbrengen"),
						"login", "404", "done", "404", "403", "403"),
				row("HEAD /", (f) -> head("/"), "200", "200", "200", "200", "200", "200"),
				row("GET /doetanks/lessen", (f) -> get("/doetanks/lessen"), "200", "200", "200", "200", "200", "200"),
				row("GET /open-data", (f) -> get("/open-data"), "200", "200", "200", "200", "200", "200"),
				row("GET /open-data/doetanks.csv", (f) -> get("/open-data/doetanks.csv"), "200", "200", "200", "200",
						"200", "200"),
				row("GET /open-data/routes.json", (f) -> get("/open-data/routes.json"), "200", "200", "200", "200",
						"200", "200"),
				row("GET an unknown dataset", (f) -> get("/open-data/leden.csv"), "404", "404", "404", "404", "404",
						"404"),
				row("GET the gatekeepers-overleg form", (f) -> get("/doetanks/" + f.active() + "/gatekeepers/nieuw"),
						"login", "403", "403", "403", "403", "200"),
				row("POST a gatekeepers-overleg", AuthorizationMatrixTest::gateReview, "login", "403", "403", "403",
						"403", "done"),
				row("POST a beschouwing",
						(f) -> post("/doetanks/" + f.active() + "/blog/nieuw").param("soort", "beschouwing")
							.param("title", "Het team groeit")
							.param("body", "Het team groeit.")
							.param("phase", "INITIEREN")
							.param("actie", "publiceren"),
						"login", "403", "403", "403", "403", "403"),
				row("POST a blog post on a Doetank's blog",
						(f) -> post("/doetanks/" + f.active() + "/blog/nieuw").param("title", "Wat we leerden")
							.param("body", "Veel.")
							.param("actie", "publiceren"),
						"login", "403", "done", "403", "403", "403"),
				row("GET the news form", (f) -> get("/nieuws/nieuw"), "login", "403", "403", "403", "403", "200"),
				row("POST mark as diffusietank",
						(f) -> post("/doetanks/" + f.active() + "/diffusietank").param("diffusietank", "true"), "login",
						"403", "403", "403", "403", "done"),
				row("GET the adoption agreement form (before adopteren)",
						(f) -> get("/doetanks/" + f.active() + "/adoptie"), "login", "403", "409", "403", "403", "409"),
				row("POST a business case line",
						(f) -> post("/doetanks/" + f.active() + "/businesscase").param("side", "KOSTEN")
							.param("dimension", "TIJD")
							.param("description", "Uren van het team"),
						"login", "403", "done", "403", "403", "done"),
				row("POST ask for a gatekeepers-overleg",
						(f) -> post("/doetanks/" + f.active() + "/gatekeepers/aanvragen").param("note", "Klaar?"),
						"login", "403", "done", "403", "403", "403"),
				row("GET /registreren", (f) -> get("/registreren"), "200", "done", "done", "done", "done", "done"),
				row("GET /login", (f) -> get("/login"), "200", "done", "done", "done", "done", "done"),
				row("GET /registreren/verstuurd", (f) -> get("/registreren/verstuurd"), "200", "200", "200", "200",
						"200", "200"),
				row("GET a verification link", (f) -> get("/bevestigen").param("code", "onbekend"), "200", "200", "200",
						"200", "200", "200"),
				row("GET /mijn/bevestigen", (f) -> get("/mijn/bevestigen"), "login", "200", "200", "200", "200", "200"),
				row("POST resend the verification mail", (f) -> post("/mijn/bevestigen/opnieuw"), "login", "done",
						"done", "done", "done", "done"),
				row("GET /wachtwoord-vergeten", (f) -> get("/wachtwoord-vergeten"), "200", "200", "200", "200", "200",
						"200"),
				row("POST /wachtwoord-vergeten",
						(f) -> post("/wachtwoord-vergeten").param("email", "niemand@test.example.org"), "done", "done",
						"done", "done", "done", "done"),
				row("GET a password link", (f) -> get("/wachtwoord-kiezen").param("code", "onbekend"), "200", "200",
						"200", "200", "200", "200"),
				row("GET /mijn/account", (f) -> get("/mijn/account"), "login", "200", "200", "200", "200", "200"),
				row("POST a new address",
						(f) -> post("/mijn/account/e-mailadres").param("newEmail",
								"matrix-" + java.util.UUID.randomUUID() + "@test.example.org"),
						"login", "done", "done", "done", "done", "done"),
				row("GET an address link", (f) -> get("/e-mailadres-wijzigen").param("code", "onbekend"), "200", "200",
						"200", "200", "200", "200"),
				row("GET /privacy", (f) -> get("/privacy"), "200", "200", "200", "200", "200", "200"),
				row("GET /toegankelijkheid", (f) -> get("/toegankelijkheid"), "200", "200", "200", "200", "200", "200"),
				row("GET /mijn/gegevens", (f) -> get("/mijn/gegevens"), "login", "200", "200", "200", "200", "200"),
				row("GET /mijn/account/verwijderen", (f) -> get("/mijn/account/verwijderen"), "login", "200", "200",
						"200", "200", "200"),
				row("POST /mijn/account/verwijderen (wrong password)",
						(f) -> post("/mijn/account/verwijderen").param("keepContent", "true")
							.param("password", "niet-het-wachtwoord")
							.param("confirmed", "true"),
						"login", "200", "200", "200", "200", "200"),
				row("GET /account-verwijderd", (f) -> get("/account-verwijderd"), "200", "200", "200", "200", "200",
						"200"),
				row("GET /actuator/health", (f) -> get("/actuator/health"), "200", "200", "200", "200", "200", "200"),
				row("GET /beheer", (f) -> get("/beheer"), "login", "403", "403", "403", "403", "200"),
				row("GET a member's beheer page", (f) -> get("/beheer/leden/" + f.target()), "login", "403", "403",
						"403", "403", "200"),
				row("GET the block confirmation", (f) -> get("/beheer/leden/" + f.target() + "/blokkeren"), "login",
						"403", "403", "403", "403", "200"),
				row("POST grant a network role", (f) -> post("/beheer/leden/" + f.target() + "/rollen/COACH/toekennen"),
						"login", "403", "403", "403", "403", "done"),
				row("POST revoke a network role",
						(f) -> post("/beheer/leden/" + f.target() + "/rollen/COACH/intrekken"), "login", "403", "403",
						"403", "403", "done"),
				row("POST block an account",
						(f) -> post("/beheer/leden/" + f.target() + "/blokkeren").param("reason", "SPAM"), "login",
						"403", "403", "403", "403", "done"),
				row("POST unblock an account", (f) -> post("/beheer/leden/" + f.target() + "/deblokkeren"), "login",
						"403", "403", "403", "403", "done"),
				row("GET the new address form", (f) -> get("/beheer/leden/" + f.target() + "/e-mailadres"), "login",
						"403", "403", "403", "403", "200"),
				// Without an address: the form answers with its error and sends nothing.
				row("POST a new address", (f) -> post("/beheer/leden/" + f.target() + "/e-mailadres"), "login", "403",
						"403", "403", "403", "200"),
				row("GET the erasure on request", (f) -> get("/beheer/leden/" + f.target() + "/verwijderen"), "login",
						"403", "403", "403", "403", "200"),
				// Without the beheerder's choices: the form answers with its errors and
				// erases nothing.
				row("POST erase an account on request", (f) -> post("/beheer/leden/" + f.target() + "/verwijderen"),
						"login", "403", "403", "403", "403", "200"),
				row("POST resend a verification mail", (f) -> post("/beheer/leden/" + f.target() + "/bevestigingsmail"),
						"login", "403", "403", "403", "403", "done"),
				row("GET /beheer/mail", (f) -> get("/beheer/mail"), "login", "403", "403", "403", "403", "200"),
				row("POST a test mail", (f) -> post("/beheer/mail/test"), "login", "403", "403", "403", "403", "done"),
				row("GET the checklist editor", (f) -> get("/beheer/checklist"), "login", "403", "403", "403", "403",
						"200"),
				// Without a kind or text: the form answers with its errors and adds
				// nothing.
				row("POST a checklist line", (f) -> post("/beheer/checklist"), "login", "403", "403", "403", "403",
						"200"),
				row("GET an unknown checklist line", (f) -> get("/beheer/checklist/0"), "login", "403", "403", "403",
						"403", "404"),
				row("GET /beheer/logboek", (f) -> get("/beheer/logboek"), "login", "403", "403", "403", "403", "200"),
				row("GET the message form to a member", (f) -> get("/leden/" + f.targetSlug() + "/bericht"), "login",
						"200", "200", "200", "200", "200"),
				row("POST a message to a member",
						(f) -> post("/leden/" + f.targetSlug() + "/bericht").param("subject", "Een vraag")
							.param("text", "Mag ik iets vragen?"),
						"login", "done", "done", "done", "done", "done"),
				row("GET the message form to a Doetank's trekkers", (f) -> get("/doetanks/" + f.active() + "/bericht"),
						"login", "200", "404", "200", "200", "200"),
				row("POST a message to a Doetank's trekkers",
						(f) -> post("/doetanks/" + f.active() + "/bericht").param("subject", "Meedoen")
							.param("text", "Ik doe graag mee."),
						"login", "done", "404", "done", "done", "done"),
				row("GET the message form to a proposal", (f) -> get("/doetanks/" + f.proposal() + "/bericht"), "login",
						"404", "404", "404", "404", "404"),
				row("GET /berichten/verstuurd", (f) -> get("/berichten/verstuurd"), "login", "200", "200", "200", "200",
						"200"),
				row("GET /mijn/berichten-instellingen", (f) -> get("/mijn/berichten-instellingen"), "login", "200",
						"200", "200", "200", "200"),
				row("POST /mijn/berichten-instellingen",
						(f) -> post("/mijn/berichten-instellingen").param("acceptsMessages", "true"), "login", "done",
						"done", "done", "done", "done"),
				row("GET an unknown report link", (f) -> get("/berichten/melden").param("code", "onbekend"), "404",
						"404", "404", "404", "404", "404"),
				row("POST an unknown report link", (f) -> post("/berichten/melden").param("code", "onbekend"), "404",
						"404", "404", "404", "404", "404"),
				row("GET /berichten/gemeld", (f) -> get("/berichten/gemeld"), "200", "200", "200", "200", "200", "200"),
				row("GET /beheer/meldingen/berichten", (f) -> get("/beheer/meldingen/berichten"), "login", "403", "403",
						"403", "403", "200"),
				row("GET /mijn", (f) -> get("/mijn"), "login", "200", "200", "200", "200", "200"),
				row("GET /mijn/meldingen", (f) -> get("/mijn/meldingen"), "login", "200", "200", "200", "200", "200"),
				row("POST /mijn/meldingen/gelezen", (f) -> post("/mijn/meldingen/gelezen"), "login", "done", "done",
						"done", "done", "done"),
				row("POST open someone else's notification", (f) -> post("/mijn/meldingen/0"), "login", "404", "404",
						"404", "404", "404"),
				row("GET /mijn/volgend", (f) -> get("/mijn/volgend"), "login", "200", "200", "200", "200", "200"),
				row("GET /mijn/meldingen/instellingen", (f) -> get("/mijn/meldingen/instellingen"), "login", "200",
						"200", "200", "200", "200"),
				row("POST /mijn/meldingen/instellingen", (f) -> mailChoices(), "login", "done", "done", "done", "done",
						"done"),
				row("POST /mijn/meldingen/instellingen (incomplete, nothing saved)",
						(f) -> post("/mijn/meldingen/instellingen").param("period", "WEEKLY"), "login", "200", "200",
						"200", "200", "200"),
				row("GET /afmelden with a forged token (no login needed)",
						(f) -> get("/afmelden").param("t", "nagemaakt.token"), "404", "404", "404", "404", "404",
						"404"),
				row("POST /afmelden with a forged token (no login needed)",
						(f) -> post("/afmelden").param("t", "nagemaakt.token"), "404", "404", "404", "404", "404",
						"404"),
				row("POST follow a member",
						(f) -> post("/volgen").param("soort", "lid").param("id", String.valueOf(f.target())), "login",
						"done", "done", "done", "done", "done"),
				row("POST follow a proposal", (f) -> post("/volgen").param("soort", "doetank").param("id", "0"),
						"login", "404", "404", "404", "404", "404"),
				row("POST unfollow",
						(f) -> post("/ontvolgen").param("soort", "lid").param("id", String.valueOf(f.target())),
						"login", "done", "done", "done", "done", "done"),
				row("GET the confirmation to withdraw one's join request",
						(f) -> get("/mijn/aanvragen/" + f.active() + "/intrekken"), "login", "404", "404", "200", "404",
						"404"),
				row("POST withdraw one's join request", (f) -> post("/mijn/aanvragen/" + f.active() + "/intrekken"),
						"login", "404", "404", "done", "404", "404"),
				row("GET /mijn/profiel", (f) -> get("/mijn/profiel"), "login", "200", "200", "200", "200", "200"),
				row("POST /mijn/profiel",
						(f) -> post("/mijn/profiel").param("jobTitle", "Adviseur").param("visibility", "LEDEN"),
						"login", "done", "done", "done", "done", "done"),
				row("GET a members-only profile", (f) -> get(targetProfile), "404", "200", "200", "200", "200", "200"),
				row("GET an unknown profile", (f) -> get("/leden/bestaat-niet"), "404", "404", "404", "404", "404",
						"404"),
				row("GET /leden", (f) -> get("/leden"), "login", "200", "200", "200", "200", "200"),
				row("GET /redactie/expertise", (f) -> get("/redactie/expertise"), "login", "403", "403", "403", "403",
						"200"),
				row("GET /redactie", (f) -> get("/redactie"), "login", "403", "403", "403", "403", "200"),
				row("GET /redactie/meldingen", (f) -> get("/redactie/meldingen"), "login", "403", "403", "403", "403",
						"200"),
				row("GET /redactie/meldingen/verborgen", (f) -> get("/redactie/meldingen/verborgen"), "login", "403",
						"403", "403", "403", "200"),
				row("POST dismiss reports",
						(f) -> post("/redactie/meldingen/afwijzen").param("soort", "COMMENT").param("id", "-1"),
						"login", "403", "403", "403", "403", "done"),
				row("GET the report form of an unknown comment",
						(f) -> get("/melden").param("soort", "COMMENT").param("id", "-1"), "login", "404", "404", "404",
						"404", "404"),
				row("POST a report of an unknown comment",
						(f) -> post("/melden").param("soort", "COMMENT").param("id", "-1").param("reason", "Reclame"),
						"login", "404", "404", "404", "404", "404"),
				row("POST hide a reported item",
						(f) -> post("/redactie/meldingen/verbergen").param("soort", "COMMENT").param("id", "-1"),
						"login", "403", "403", "403", "403", "404"),
				row("POST restore a hidden item",
						(f) -> post("/redactie/meldingen/herstellen").param("soort", "COMMENT").param("id", "-1"),
						"login", "403", "403", "403", "403", "404"),
				row("GET the report form of an unknown post",
						(f) -> get("/melden").param("soort", "POST").param("id", "-1"), "login", "404", "404", "404",
						"404", "404"),
				row("POST hide an unknown post",
						(f) -> post("/redactie/meldingen/verbergen").param("soort", "POST")
							.param("id", "-1")
							.param("terug", "pagina"),
						"login", "403", "403", "403", "403", "404"),
				row("POST add an expertise term",
						(f) -> post("/redactie/expertise").param("nameNl", "Term " + java.util.UUID.randomUUID())
							.param("nameEn", "Term " + java.util.UUID.randomUUID()),
						"login", "403", "403", "403", "403", "done"),
				row("GET an expertise term", (f) -> get("/redactie/expertise/" + matrixTerm), "login", "403", "403",
						"403", "403", "200"),
				row("POST rename an expertise term",
						(f) -> post("/redactie/expertise/" + matrixTerm)
							.param("nameNl", "Matrixterm " + java.util.UUID.randomUUID())
							.param("nameEn", "Matrix term " + java.util.UUID.randomUUID()),
						"login", "403", "403", "403", "403", "done"),
				row("POST retire an expertise term", (f) -> post("/redactie/expertise/" + matrixTerm + "/intrekken"),
						"login", "403", "403", "403", "403", "done"),
				row("POST restore an expertise term", (f) -> post("/redactie/expertise/" + matrixTerm + "/terugzetten"),
						"login", "403", "403", "403", "403", "done"),
				row("GET the new milestone form", (f) -> get("/doetanks/" + f.active() + "/mijlpalen/nieuw"), "login",
						"403", "200", "403", "403", "200"),
				row("POST a milestone",
						(f) -> post("/doetanks/" + f.active() + "/mijlpalen")
							.param("happenedOn", TestDoetanks.today().toString())
							.param("title", "Eerste experiment")
							.param("line", "Bij het Kadaster."),
						"login", "403", "done", "403", "403", "done"),
				row("GET the milestone edit form",
						(f) -> get("/doetanks/" + f.active() + "/mijlpalen/" + milestone + "/bewerken"), "login", "403",
						"200", "403", "403", "200"),
				row("POST a milestone edit",
						(f) -> post("/doetanks/" + f.active() + "/mijlpalen/" + milestone + "/bewerken")
							.param("happenedOn", TestDoetanks.today().toString())
							.param("title", "Opdracht getekend door de directeur")
							.param("line", "De directeur tekende."),
						"login", "403", "done", "403", "403", "done"),
				row("GET the milestone removal confirmation",
						(f) -> get("/doetanks/" + f.active() + "/mijlpalen/" + milestone + "/verwijderen"), "login",
						"403", "200", "403", "403", "200"),
				row("POST remove a milestone",
						(f) -> post("/doetanks/" + f.active() + "/mijlpalen/" + milestone + "/verwijderen"), "login",
						"403", "done", "403", "403", "done"),
				row("GET the document upload form", (f) -> get("/doetanks/" + f.active() + "/documenten/nieuw"),
						"login", "403", "200", "403", "403", "200"),
				row("POST a document",
						(f) -> multipart("/doetanks/" + f.active() + "/documenten/nieuw")
							.file(new MockMultipartFile("file", "plan.pdf", "application/pdf",
									nl.clubhuis.shared.uploads.UploadFiles.pdf("Plan")))
							.param("title", "Plan van aanpak")
							.param("kind", "PLAN_VAN_AANPAK")
							.param("phase", "INITIEREN")
							.param("visibility", "OPENBAAR")
							.param("token", java.util.UUID.randomUUID().toString()),
						"login", "403", "done", "403", "403", "done"),
				// Who may manage is decided before whether the document exists.
				row("GET a document's manage page", (f) -> get("/doetanks/" + f.active() + "/documenten/0/beheren"),
						"login", "403", "404", "403", "403", "404"),
				row("POST who sees a document",
						(f) -> post("/doetanks/" + f.active() + "/documenten/0/zichtbaarheid").param("visibility",
								"TEAM"),
						"login", "403", "404", "403", "403", "404"),
				row("GET the version removal confirmation",
						(f) -> get("/doetanks/" + f.active() + "/documenten/0/versies/1/verwijderen"), "login", "403",
						"404", "403", "403", "404"),
				row("POST delete a version of a document",
						(f) -> post("/doetanks/" + f.active() + "/documenten/0/versies/1/verwijderen"), "login", "403",
						"done", "403", "403", "done"),
				row("GET the document removal confirmation",
						(f) -> get("/doetanks/" + f.active() + "/documenten/0/verwijderen"), "login", "403", "404",
						"403", "403", "404"),
				row("POST delete a document", (f) -> post("/doetanks/" + f.active() + "/documenten/0/verwijderen"),
						"login", "403", "done", "403", "403", "done"),
				row("GET a document of an unknown Doetank", (f) -> get("/doetanks/bestaat-niet/documenten/1"), "404",
						"404", "404", "404", "404", "404"),
				row("GET the photo of a profile without one", (f) -> get(targetProfile + "/foto"), "404", "404", "404",
						"404", "404", "404"),
				row("POST a profile photo",
						(f) -> multipart("/mijn/profiel/foto").file(new MockMultipartFile("foto", "ik.png", "image/png",
								nl.clubhuis.publishing.PictureFiles.pngBytes(40, 40))),
						"login", "done", "done", "done", "done", "done"),
				row("POST remove one's profile photo", (f) -> post("/mijn/profiel/foto/verwijderen"), "login", "done",
						"done", "done", "done", "done"),
				row("GET the page about the network", (f) -> get("/over"), "200", "200", "200", "200", "200", "200"),
				row("GET the form for the page about the network", (f) -> get("/over/bewerken"), "login", "403", "403",
						"403", "403", "200"),
				// Without its version the form comes back: the row checks who may
				// post, not the save.
				row("POST the page about the network", (f) -> post("/over/bewerken").param("bodyNl", "Het verhaal."),
						"login", "403", "403", "403", "403", "200"),
				row("GET the intake page of a proposal", (f) -> get("/doetanks/" + f.proposal() + "/intake"), "login",
						"404", "403", "404", "200", "200"),
				row("GET the adopter form", (f) -> get("/doetanks/" + spreading + "/overgenomen/nieuw"), "login", "200",
						"200", "200", "200", "200"),
				row("POST an adopter",
						(f) -> post("/doetanks/" + spreading + "/overgenomen")
							.param("organisation", "Gemeente " + java.util.UUID.randomUUID())
							.param("takenUp", "Het formulier.")
							.param("since", TestDoetanks.today().toString())
							.param("contactIsMe", "true"),
						"login", "done", "done", "done", "done", "done"),
				row("POST an adopter of a Doetank before verbreden",
						(f) -> post("/doetanks/" + f.active() + "/overgenomen")
							.param("organisation", "Gemeente " + java.util.UUID.randomUUID())
							.param("takenUp", "Het formulier.")
							.param("since", TestDoetanks.today().toString())
							.param("contactIsMe", "true"),
						"login", "403", "403", "403", "403", "403"),
				row("GET the adopter edit form",
						(f) -> get("/doetanks/" + spreading + "/overgenomen/" + adopter + "/bewerken"), "login", "200",
						"403", "403", "403", "403"),
				row("POST an adopter edit",
						(f) -> post("/doetanks/" + spreading + "/overgenomen/" + adopter + "/bewerken")
							.param("organisation", "Gemeente " + java.util.UUID.randomUUID())
							.param("takenUp", "Het formulier en de werkwijze.")
							.param("since", TestDoetanks.today().toString())
							.param("contactName", "Anna de Vries"),
						"login", "done", "403", "403", "403", "403"),
				row("GET the adopter removal confirmation",
						(f) -> get("/doetanks/" + spreading + "/overgenomen/" + adopter + "/verwijderen"), "login",
						"403", "200", "403", "403", "200"),
				row("POST remove an adopter",
						(f) -> post("/doetanks/" + spreading + "/overgenomen/" + adopter + "/verwijderen"), "login",
						"403", "done", "403", "403", "done"),
				row("GET the phase change without an overleg", (f) -> get("/doetanks/" + f.active() + "/overgang"),
						"login", "403", "403", "403", "403", "200"),
				row("POST a phase change without an overleg",
						(f) -> post("/doetanks/" + f.active() + "/overgang").param("from", "INITIEREN")
							.param("to", "SCHETSEN")
							.param("reason", "Het team heeft een schets en een opdrachtgever."),
						"login", "403", "403", "403", "403", "done"),
				row("GET the form to ask a supporter", (f) -> get("/doetanks/" + f.active() + "/deuren/nieuw"), "login",
						"403", "200", "403", "403", "403"),
				row("POST ask a supporter to open a door",
						(f) -> post("/doetanks/" + f.active() + "/deuren").param("supporter", "comite")
							.param("toWhom", "De staatssecretaris")
							.param("reason", "Voor de opschaling.")
							.param("wantedBy", TestDoetanks.today().toString()),
						"login", "403", "done", "403", "403", "403"),
				row("GET a request to open a door", (f) -> get("/doetanks/" + f.active() + "/deuren/" + door), "login",
						"403", "200", "403", "403", "200"),
				row("POST answer a request to open a door",
						(f) -> post("/doetanks/" + f.active() + "/deuren/" + door + "/antwoord")
							.param("outcome", "GEOPEND")
							.param("line", "De minister ontvangt het team."),
						"login", "403", "403", "403", "403", "done"),
				row("POST withdraw a request to open a door",
						(f) -> post("/doetanks/" + f.active() + "/deuren/" + door + "/intrekken"), "login", "403",
						"done", "403", "403", "403"),
				row("POST answer a request of another Doetank",
						(f) -> post("/doetanks/" + f.proposal() + "/deuren/" + door + "/antwoord")
							.param("outcome", "GEOPEND")
							.param("line", "Gelukt."),
						"login", "404", "404", "404", "404", "404"),
				row("GET the opdrachtgever's testimonial form (nobody here is opdrachtgever)",
						(f) -> get("/doetanks/" + f.active() + "/opdrachtgever"), "login", "403", "403", "403", "403",
						"403"),
				row("POST a testimonial (nobody here is opdrachtgever)",
						(f) -> post("/doetanks/" + f.active() + "/opdrachtgever").param("quote", "Het werkt.")
							.param("outcome", "INGEVOERD")
							.param("evaluation", "We voeren het in."),
						"login", "403", "403", "403", "403", "403"),
				row("POST remove a testimonial (one that is gone already)",
						(f) -> post("/doetanks/" + f.active() + "/opdrachtgever/-1/verwijderen"), "login", "403", "403",
						"403", "403", "done"),
				row("GET the consent form (before experimenteren)",
						(f) -> get("/doetanks/" + f.active() + "/toestemming"), "login", "403", "409", "403", "403",
						"409"),
				row("POST a consent (before experimenteren)",
						(f) -> post("/doetanks/" + f.active() + "/toestemming").param("who", "lid-1")
							.param("experiment", "Proef")
							.param("givenOn", TestDoetanks.today().toString()),
						"login", "403", "409", "403", "403", "409"),
				row("GET /beheer/instellingen", (f) -> get("/beheer/instellingen"), "login", "403", "403", "403", "403",
						"200"),
				row("POST /beheer/instellingen (out of range, nothing saved)",
						(f) -> post("/beheer/instellingen").param("coachesAtOverleg", "9"), "login", "403", "403",
						"403", "403", "200"),
				row("GET /actuator/prometheus", (f) -> get("/actuator/prometheus"), "login", "403", "403", "403", "403",
						"200"),
				row("GET /vragen", (f) -> get("/vragen"), "200", "200", "200", "200", "200", "200"),
				row("GET /zoeken", (f) -> get("/zoeken?q=doetank"), "200", "200", "200", "200", "200", "200"),
				row("GET /vragen/nieuw", (f) -> get("/vragen/nieuw"), "login", "200", "200", "200", "200", "200"),
				row("POST /vragen/nieuw (incomplete, nothing asked)", (f) -> post("/vragen/nieuw").param("title", ""),
						"login", "200", "200", "200", "200", "200"),
				row("GET a question", (f) -> get("/vragen/" + question + "-matrixvraag"), "200", "200", "200", "200",
						"200", "200"),
				row("POST an answer", (f) -> post("/vragen/" + question + "/antwoorden").param("body", "Ja."), "login",
						"done", "done", "done", "done", "done"),
				row("POST a comment on an answer",
						(f) -> post("/vragen/" + question + "/antwoorden/" + answer + "/reacties").param("body",
								"Dank."),
						"login", "done", "done", "done", "done", "done"),
				row("POST mark the answer that helped (the asker, the redactie)",
						(f) -> post("/vragen/" + question + "/geholpen").param("antwoord", String.valueOf(answer)),
						"login", "403", "done", "403", "403", "done"),
				row("POST link the Doetank a question became (the asker, the redactie)",
						(f) -> post("/vragen/" + question + "/doetank").param("doetank", ""), "login", "403", "done",
						"403", "403", "done"))
			.flatMap(Function.identity());
	}

	@ParameterizedTest(name = "{0} as {1} → {2}")
	@MethodSource("matrix")
	void everyRouteAnswersEveryoneAsIntended(String route, Who who, String expected,
			Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> builder = request.apply(this.fixture);
		builder.with(csrf());
		MemberPrincipal principal = this.fixture.as(who);
		if (principal != null) {
			builder.with(user(principal));
		}
		MvcResult result = this.mvc.perform(builder).andReturn();

		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		String outcome = switch (status) {
			case 302 -> (location != null && location.endsWith("/login")) ? "login" : "done";
			default -> String.valueOf(status);
		};
		assertThat(outcome).as("%s as %s (status %d, redirect %s)", route, who, status, location).isEqualTo(expected);
	}

	/**
	 * The one-click unsubscribe of a mail client (RFC 8058) comes without a CSRF token: a
	 * forged token is refused as unknown, not as a missing CSRF token.
	 */
	@Test
	void theUnsubscribeLinkNeedsNoCsrfToken() throws Exception {
		this.mvc.perform(post("/afmelden").param("t", "nagemaakt.token"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
	}

	/** Every kind of notification as it comes by default, and the weekly digest. */
	private static MockHttpServletRequestBuilder mailChoices() {
		MockHttpServletRequestBuilder request = post("/mijn/meldingen/instellingen").param("period", "WEEKLY");
		for (nl.clubhuis.notifications.NotificationKind kind : nl.clubhuis.notifications.NotificationKind.values()) {
			request.param("choices[" + kind.name() + "]",
					nl.clubhuis.notifications.domain.Delivery.defaultFor(kind).name());
		}
		return request;
	}

	private static Stream<Arguments> row(String route,
			Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request, String... expectedPerWho) {
		return Stream.of(Who.values()).map((who) -> Arguments.of(route, who, expectedPerWho[who.ordinal()], request));
	}

	/** A complete intake judgement; {@code problemOwner} "false" names a gap. */
	private static MockHttpServletRequestBuilder judged(MockHttpServletRequestBuilder request, String problemOwner) {
		return request.param("relevance", "VOLDOENDE")
			.param("relevanceNote", "Publieke waarde.")
			.param("chance", "VOLDOENDE")
			.param("chanceNote", "Er is een begunstigde.")
			.param("problemOwner", problemOwner)
			.param("origin", "PROBLEEM");
	}

}
