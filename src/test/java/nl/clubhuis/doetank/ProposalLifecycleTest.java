package nl.clubhuis.doetank;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A proposal before the intake: its author withdraws it, revises a declined one and
 * brings it in again; and the same proposal sent twice at once is one Doetank.
 */
@IntegrationTest
class ProposalLifecycleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService service;

	@Autowired
	DoetankEditService editing;

	@Autowired
	JdbcTemplate jdbc;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stopPool() {
		this.pool.shutdownNow();
	}

	@Test
	void theAuthorWithdrawsAWaitingProposalAndOnlyTheAuthorMay() throws Exception {
		MemberPrincipal author = this.people.member("Ans Auteur");
		String slug = this.doetanks.proposal(author);

		Html page = Html.of(this.mvc.perform(get("/doetanks/" + slug).with(user(author))).andExpect(status().isOk()));
		assertThat(page.has("#intrekken button")).isTrue();
		this.mvc
			.perform(post("/doetanks/" + slug + "/intrekken").with(user(this.people.member("Olga Ander"))).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/doetanks/" + slug + "/intrekken").with(user(this.people.coach("Cor Coach"))).with(csrf()))
			.andExpect(status().isForbidden());

		this.mvc.perform(post("/doetanks/" + slug + "/intrekken").with(user(author)).with(csrf()))
			.andExpect(redirectedUrl("/doetanks/" + slug))
			.andExpect(flash().attribute("flashSuccess", "doetank.proposal.withdrawn"));
		this.mvc.perform(post("/doetanks/" + slug + "/intrekken").with(user(author)).with(csrf()))
			.andExpect(flash().attribute("flashProblem", "doetank.rule.status.voorstel"));

		assertThat(this.doetanks.load(slug, author).getStatus()).isEqualTo(DoetankStatus.INGETROKKEN);
		Html withdrawn = Html
			.of(this.mvc.perform(get("/doetanks/" + slug).with(user(author))).andExpect(status().isOk()));
		assertThat(withdrawn.text("main")).contains("Dit vraagstuk is ingetrokken");
		assertThat(withdrawn.has("#opnieuw-inbrengen button")).isTrue();
		assertThat(withdrawn.text("#geschiedenis")).contains("ingetrokken", "Ans Auteur");
		this.mvc.perform(get("/doetanks/" + slug)).andExpect(status().isNotFound());
	}

	@Test
	void theAuthorRevisesADeclinedProposalAndBringsItInAgainWithTheReasonKeptInTheHistory() throws Exception {
		MemberPrincipal author = this.people.member("Ans Auteur");
		String slug = this.doetanks.proposal(author);
		this.service.decline(slug, TestDoetanks.DECLINING, "Maak het vraagstuk concreter.",
				this.people.coach("Cor Coach"));

		Html form = Html
			.of(this.mvc.perform(get("/doetanks/" + slug + "/bewerken").with(user(author))).andExpect(status().isOk()));
		this.mvc
			.perform(post("/doetanks/" + slug + "/bewerken").with(user(author))
				.with(csrf())
				.param("title", form.value("title"))
				.param("vraagstuk", "Aanvragers vullen bij de Wmo vier formulieren in die hetzelfde vragen.")
				.param("theme", form.value("theme"))
				.param("organisations", "Gemeente Testdorp")
				.param("lookingFor", "LEDEN")
				.param("version", form.value("version")))
			.andExpect(redirectedUrl("/doetanks/" + slug));
		this.mvc.perform(post("/doetanks/" + slug + "/opnieuw-inbrengen").with(user(author)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "doetank.proposal.broughtInAgain"));

		assertThat(this.doetanks.load(slug, author).getStatus()).isEqualTo(DoetankStatus.VOORSTEL);
		assertThat(this.doetanks.load(slug, author).getDeclineReason()).isNull();
		Html history = Html.of(this.mvc.perform(get("/doetanks/" + slug + "/geschiedenis").with(user(author)))
			.andExpect(status().isOk()));
		assertThat(history.all("li.revision")).hasSize(2);
		assertThat(history.text("li.revision")).contains("opnieuw ingebracht", "toelichting bij afwijzing",
				"Maak het vraagstuk concreter.");
		assertThat(history.texts("li.revision dt")).contains("vraagstuk");
	}

	@Test
	void theAuthorEditsAProposalWhileItWaits() throws Exception {
		MemberPrincipal author = this.people.member("Ans Auteur");
		String slug = this.doetanks.proposal(author);
		Html form = Html
			.of(this.mvc.perform(get("/doetanks/" + slug + "/bewerken").with(user(author))).andExpect(status().isOk()));

		this.mvc
			.perform(post("/doetanks/" + slug + "/bewerken").with(user(author))
				.with(csrf())
				.param("title", "Een betere titel")
				.param("vraagstuk", form.value("vraagstuk"))
				.param("theme", form.value("theme"))
				.param("organisations", "Gemeente Testdorp")
				.param("lookingFor", "LEDEN")
				.param("version", form.value("version")))
			.andExpect(redirectedUrl("/doetanks/" + slug));

		assertThat(this.doetanks.load(slug, author).getTitle()).isEqualTo("Een betere titel");
		assertThat(this.doetanks.load(slug, author).getSlug()).as("the address stays").isEqualTo(slug);
	}

	@Test
	void twoIdenticalProposalsSentAtTheSameMomentMakeOneDoetank() throws Exception {
		MemberPrincipal author = this.people.member("Dubbel Klikker");
		String title = "Dubbel ingebracht " + java.util.UUID.randomUUID().toString().substring(0, 8);
		for (int round = 0; round < 3; round++) {
			String roundTitle = title + " " + round;
			List<Callable<MvcResult>> clicks = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				clicks.add(
						() -> this.mvc
							.perform(post("/doetanks/nieuw").with(user(author))
								.with(csrf())
								.param("title", roundTitle)
								.param("vraagstuk", "Een probleem dat twee keer werd verstuurd.")
								.param("theme", "DIENSTVERLENING")
								.param("organisation", "Gemeente Testdorp"))
							.andReturn());
			}

			List<MvcResult> results = allAtOnce(clicks);

			assertThat(results).extracting((result) -> result.getResponse().getRedirectedUrl())
				.as("both clicks land on the one proposal")
				.containsOnly(results.get(0).getResponse().getRedirectedUrl());
			assertThat(
					this.jdbc.queryForObject("SELECT count(*) FROM doetank WHERE title = ?", Integer.class, roundTitle))
				.isEqualTo(1);
		}
	}

	private <T> List<T> allAtOnce(List<Callable<T>> tasks) throws Exception {
		CountDownLatch ready = new CountDownLatch(tasks.size());
		CountDownLatch go = new CountDownLatch(1);
		List<Future<T>> futures = new ArrayList<>();
		for (Callable<T> task : tasks) {
			futures.add(this.pool.submit(() -> {
				ready.countDown();
				go.await();
				return task.call();
			}));
		}
		ready.await(10, TimeUnit.SECONDS);
		go.countDown();
		List<T> results = new ArrayList<>();
		for (Future<T> future : futures) {
			results.add(future.get(30, TimeUnit.SECONDS));
		}
		return results;
	}

}
