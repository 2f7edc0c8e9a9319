package nl.clubhuis.beheer;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;
import nl.clubhuis.Html;
import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.audit.AuditFilter;
import nl.clubhuis.audit.AuditKind;
import nl.clubhuis.audit.AuditLog;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberAdministration;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A beheerder grants and revokes network roles and blocks accounts; each change is logged
 * once, a second click changes nothing, a block ends the member's sessions everywhere,
 * and the last beheerder stays.
 */
@IntegrationTest
class AccountChangesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	AuditLog audit;

	@Autowired
	MemberAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Inbox inbox;

	@Test
	void aRoleWaitsUntilTheAddressIsConfirmed() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal member = this.people.member("Olivier Onbevestigd");
		this.jdbc.update("UPDATE member SET email_verified_at = NULL WHERE id = ?", member.id());

		this.mvc
			.perform(post("/beheer/leden/" + member.id() + "/rollen/BEHEERDER/toekennen").with(csrf())
				.with(user(beheerder)))
			.andExpect(flash().attribute("flashProblem", "beheer.rule.unverified"));

		assertThat(this.administration.account(member.id()).orElseThrow().has(GlobalRole.BEHEERDER)).isFalse();
	}

	@Test
	void aGrantedCoachSeesTheIntakeAfterLoggingInAndASecondClickChangesNothing() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal member = this.people.member("Kees Kandidaat");
		Cookie before = logIn(member);
		this.mvc.perform(get("/coach").cookie(before)).andExpect(status().isForbidden());

		grant(beheerder, member, "coach").andExpect(flash().attribute("flashSuccess", "beheer.done.granted"));
		grant(beheerder, member, "COACH").andExpect(flash().attribute("flashSuccess", "beheer.done.unchanged"));

		this.mvc.perform(get("/coach").cookie(logIn(member))).andExpect(status().isOk());
		assertThat(entries(AuditKind.ROLE_GRANTED, member)).isEqualTo(1);
	}

	@Test
	void revokingARoleEndsTheMembersSessionsSoItIsGoneAtOnce() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		Cookie session = logIn(redacteur);
		this.mvc.perform(get("/nieuws/nieuw").cookie(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/beheer/leden/" + redacteur.id() + "/rollen/REDACTEUR/intrekken").with(csrf())
				.with(user(beheerder)))
			.andExpect(redirectedUrl("/beheer/leden/" + redacteur.id()))
			.andExpect(flash().attribute("flashSuccess", "beheer.done.revoked"));

		assertThat(sessionsOf(redacteur)).isZero();
		this.mvc.perform(get("/nieuws/nieuw").cookie(logIn(redacteur))).andExpect(status().isForbidden());
		assertThat(entries(AuditKind.ROLE_REVOKED, redacteur)).isEqualTo(1);
	}

	@Test
	void aBlockEndsEveryOpenSessionAndKeepsTheMemberOutUntilUnblocked() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal member = this.people.member("Bram Blok");
		Cookie laptop = logIn(member);
		Cookie phone = logIn(member);
		assertThat(sessionsOf(member)).isEqualTo(2);

		this.mvc.perform(get("/beheer/leden/" + member.id() + "/blokkeren").with(user(beheerder)))
			.andExpect(status().isOk());
		Html noReason = Html
			.of(this.mvc.perform(post("/beheer/leden/" + member.id() + "/blokkeren").with(csrf()).with(user(beheerder)))
				.andExpect(status().isOk()));
		assertThat(noReason.fieldError("reason")).isEqualTo("Kies waarom je dit account blokkeert.");
		assertThat(sessionsOf(member)).as("nothing blocked without a reason").isEqualTo(2);
		this.mvc
			.perform(post("/beheer/leden/" + member.id() + "/blokkeren").param("reason", "MISBRUIK")
				.with(csrf())
				.with(user(beheerder)))
			.andExpect(flash().attribute("flashSuccess", "beheer.done.blocked"));
		this.mvc
			.perform(post("/beheer/leden/" + member.id() + "/blokkeren").param("reason", "MISBRUIK")
				.with(csrf())
				.with(user(beheerder)))
			.andExpect(flash().attribute("flashSuccess", "beheer.done.unchanged"));

		assertThat(sessionsOf(member)).isZero();
		for (Cookie session : List.of(laptop, phone)) {
			this.mvc.perform(get("/mijn/agenda").cookie(session)).andExpect(redirectedUrl("/login"));
		}
		loginAttempt(member).andExpect(redirectedUrl("/login?fout"));

		this.mvc.perform(post("/beheer/leden/" + member.id() + "/deblokkeren").with(csrf()).with(user(beheerder)))
			.andExpect(flash().attribute("flashSuccess", "beheer.done.unblocked"));
		loginAttempt(member).andExpect(redirectedUrl("/"));
		assertThat(entries(AuditKind.BLOCKED, member)).isEqualTo(1);
		Html logboek = Html.of(this.mvc.perform(get("/beheer/logboek").param("persoon", member.id().toString())
			.param("soort", "BLOCKED")
			.with(user(beheerder))));
		assertThat(logboek.text(".log-what")).isEqualTo("Geblokkeerd: misbruik");
		assertThat(entries(AuditKind.UNBLOCKED, member)).isEqualTo(1);
	}

	/**
	 * In a transaction that is rolled back, so the other beheerders of the shared test
	 * database are only set aside here.
	 */
	@Test
	void aBeheerderResendsTheVerificationMailOfAnUnverifiedMemberOnlyOnceInAFewMinutes() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal member = this.people.member("Otto Onbevestigd");
		this.jdbc.update("UPDATE member SET email_verified_at = NULL WHERE id = ?", member.id());
		Html page = Html.of(this.mvc.perform(get("/beheer/leden/" + member.id()).with(user(beheerder))));
		assertThat(page.text("#bevestigen-titel")).isEqualTo("E-mailadres nog niet bevestigd");
		assertThat(page.has("form[action=/beheer/leden/" + member.id() + "/bevestigingsmail]")).isTrue();

		resend(beheerder, member).andExpect(flash().attribute("flashSuccess", "beheer.done.resent"));
		assertThat(this.inbox.awaitOne(member.getUsername()).pathOfLink("/bevestigen?code=")).isNotBlank();
		resend(beheerder, member).andExpect(flash().attribute("flashProblem", "beheer.done.notResent"));
		this.inbox.settle();
		assertThat(this.inbox.to(member.getUsername())).hasSize(1);

		MemberPrincipal verified = this.people.member("Vera Bevestigd");
		assertThat(Html.of(this.mvc.perform(get("/beheer/leden/" + verified.id()).with(user(beheerder))))
			.has("#bevestigen-titel")).isFalse();
		this.mvc.perform(post("/beheer/leden/" + member.id() + "/bevestigingsmail").with(csrf()).with(user(verified)))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions resend(MemberPrincipal beheerder, MemberPrincipal member)
			throws Exception {
		return this.mvc
			.perform(post("/beheer/leden/" + member.id() + "/bevestigingsmail").with(csrf()).with(user(beheerder)))
			.andExpect(redirectedUrl("/beheer/leden/" + member.id()));
	}

	@Test
	@Transactional
	void theLastBeheerderCanNeitherLoseTheRoleNorBeBlocked() throws Exception {
		MemberPrincipal last = this.people.beheerder("Laatste Beheerder");
		this.jdbc.update("UPDATE member SET roles = array_remove(roles, 'BEHEERDER') WHERE id <> ?", last.id());

		for (String change : List.of("/rollen/BEHEERDER/intrekken", "/blokkeren")) {
			this.mvc.perform(
					post("/beheer/leden/" + last.id() + change).param("reason", "ANDERS").with(csrf()).with(user(last)))
				.andExpect(redirectedUrl("/beheer/leden/" + last.id()))
				.andExpect(flash().attribute("flashProblem", "beheer.rule.lastBeheerder"));
		}
		assertThat(this.administration.account(last.id()).orElseThrow().has(GlobalRole.BEHEERDER)).isTrue();
		assertThat(this.administration.account(last.id()).orElseThrow().blocked()).isFalse();
		Html page = Html.of(this.mvc.perform(get("/beheer/leden/" + last.id()).with(user(last))));
		assertThat(page.text("[data-role=BEHEERDER] .last-beheerder")).startsWith("Laatste beheerder");
		assertThat(page.has("[data-role=BEHEERDER] form")).as("no button to revoke the role").isFalse();
		assertThat(page.links()).doesNotContain("/beheer/leden/" + last.id() + "/blokkeren");
		assertThat(page.text("#blokkeren-titel + p + .last-beheerder")).contains("laatste beheerder");

		MemberPrincipal second = this.people.beheerder("Tweede Beheerder");
		this.mvc
			.perform(post("/beheer/leden/" + last.id() + "/rollen/BEHEERDER/intrekken").with(csrf()).with(user(second)))
			.andExpect(flash().attribute("flashSuccess", "beheer.done.revoked"));
	}

	@Test
	void twoBeheerdersTakingEachOthersRoleAtOnceLeaveOneOfThem() throws Exception {
		MemberPrincipal anna = this.people.beheerder("Anna Beheer");
		MemberPrincipal bert = this.people.beheerder("Bert Beheer");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Boolean> annaRevokes = pool.submit(revoke(start, anna, bert));
			Future<Boolean> bertRevokes = pool.submit(revoke(start, bert, anna));
			start.countDown();
			int succeeded = (annaRevokes.get() ? 1 : 0) + (bertRevokes.get() ? 1 : 0);

			assertThat(succeeded).isEqualTo(1);
			assertThat(List.of(anna, bert))
				.filteredOn((b) -> this.administration.account(b.id()).orElseThrow().has(GlobalRole.BEHEERDER))
				.hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void onlyNetworkRolesCanBeGranted() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal member = this.people.member("Mila Lid");

		grant(beheerder, member, "LID").andExpect(status().isNotFound());
		grant(beheerder, member, "KONING").andExpect(status().isNotFound());
	}

	private Callable<Boolean> revoke(CountDownLatch start, MemberPrincipal actor, MemberPrincipal target) {
		return () -> {
			start.await();
			try {
				return this.administration.revoke(target.id(), GlobalRole.BEHEERDER, actor);
			}
			catch (org.springframework.security.access.AccessDeniedException ex) {
				return false;
			}
		};
	}

	private org.springframework.test.web.servlet.ResultActions grant(MemberPrincipal beheerder, MemberPrincipal member,
			String role) throws Exception {
		return this.mvc.perform(post("/beheer/leden/" + member.id() + "/rollen/" + role + "/toekennen").with(csrf())
			.with(user(beheerder)));
	}

	private org.springframework.test.web.servlet.ResultActions loginAttempt(MemberPrincipal member) throws Exception {
		return this.mvc.perform(
				formLogin("/login").userParameter("email").user(member.getUsername()).password(TestPeople.PASSWORD));
	}

	/** Logs in as a browser would and returns the session cookie. */
	private Cookie logIn(MemberPrincipal member) throws Exception {
		MvcResult result = loginAttempt(member).andExpect(redirectedUrl("/")).andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("session cookie").isNotNull();
		return session;
	}

	private int sessionsOf(MemberPrincipal member) {
		return this.jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class,
				member.getUsername());
	}

	private long entries(AuditKind kind, MemberPrincipal about) {
		return this.audit.entries(new AuditFilter(kind, about.id()), 0).getTotalElements();
	}

}
