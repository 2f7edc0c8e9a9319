package nl.clubhuis.doetank;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The intake page: the coach sees the author's answers, judges along the method's
 * questions, and accepts or declines; a decline names what is missing and the author
 * reads it. Only a network coach or a beheerder does intake.
 */
@IntegrationTest
class IntakePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	StatementCounter statements;

	@Test
	void theCoachSeesTheAuthorsAnswersOnTheIntakePage() throws Exception {
		MemberPrincipal author = this.people.member("Ans Antwoord");
		String slug = propose(author);

		Html page = intakePage(slug, this.people.coach("Cor Coach"));

		assertThat(page.text("#antwoord-probleemeigenaar")).isEqualTo("Het Wmo-loket van Zwolle.");
		assertThat(page.text("#antwoord-waarde")).isEqualTo("Minder formulieren, dezelfde zorg.");
		assertThat(page.text("#antwoord-trekkracht")).isEqualTo("Ik, een dag per week.");
		assertThat(page.text("#antwoord-herkomst")).isEqualTo("Bij een idee");
		assertThat(page.checked("relevance")).isEmpty();
	}

	@Test
	void acceptingWithoutJudgementsIsRefusedNextToTheFieldsWithTheInputKept() throws Exception {
		MemberPrincipal coach = this.people.coach("Cor Coach");
		String slug = this.doetanks.proposal(this.people.member("Ans Auteur"));

		Html page = Html.of(this.mvc
			.perform(post("/doetanks/" + slug + "/intake/accepteren").with(user(coach))
				.with(csrf())
				.param("relevance", "ONVOLDOENDE")
				.param("relevanceNote", "Het speelt alleen hier."))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("intakeForm", "relevance", "intake.rule.acceptNeedsVoldoende"))
			.andExpect(model().attributeHasFieldErrorCode("intakeForm", "chance", "intake.rule.judge"))
			.andExpect(model().attributeHasFieldErrorCode("intakeForm", "chanceNote", "intake.rule.line"))
			.andExpect(model().attributeHasFieldErrorCode("intakeForm", "problemOwner", "intake.rule.answer"))
			.andExpect(model().attributeHasFieldErrorCode("intakeForm", "origin", "intake.rule.answer")));

		assertThat(page.text("#relevance-fout")).startsWith("Met onvoldoende neem je het vraagstuk niet aan");
		assertThat(page.text("#chance-fout")).isEqualTo("Kies voldoende of onvoldoende.");
		assertThat(page.checked("relevance")).containsExactly("ONVOLDOENDE");
		assertThat(page.value("relevanceNote")).isEqualTo("Het speelt alleen hier.");
		assertThat(page.has(".error-summary a[href='#chance']")).isTrue();
		assertThat(this.doetanks.load(slug, coach).getStatus()).isEqualTo(DoetankStatus.VOORSTEL);
	}

	@Test
	void aDeclineThatNamesNothingMissingIsRefused() throws Exception {
		MemberPrincipal coach = this.people.coach("Cor Coach");
		String slug = this.doetanks.proposal(this.people.member("Ans Auteur"));

		Html page = Html
			.of(this.mvc.perform(judged(post("/doetanks/" + slug + "/intake/afwijzen"), "true").with(user(coach)))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasErrors("intakeForm")));

		assertThat(page.text("#wat-ontbreekt")).startsWith("Noem wat ontbreekt");
		assertThat(page.checked("problemOwner")).containsExactly("true");
		assertThat(this.doetanks.load(slug, coach).getStatus()).isEqualTo(DoetankStatus.VOORSTEL);
	}

	@Test
	void aDeclineNamesWhatIsMissingAndTheAuthorReadsIt() throws Exception {
		MemberPrincipal author = this.people.member("Ans Auteur");
		MemberPrincipal coach = this.people.coach("Cor Coach");
		String slug = this.doetanks.proposal(author);

		this.mvc
			.perform(judged(post("/doetanks/" + slug + "/intake/afwijzen"), "false").param("note", "Zoek een casus.")
				.with(user(coach)))
			.andExpect(redirectedUrl("/coach"))
			.andExpect(flash().attribute("flashSuccess", "intake.declined"));

		Doetank declined = this.doetanks.load(slug, author);
		assertThat(declined.getStatus()).isEqualTo(DoetankStatus.AFGEWEZEN);
		assertThat(declined.getDeclineGaps()).containsExactly(IntakeGap.PROBLEEMEIGENAAR);
		Html proposal = Html
			.of(this.mvc.perform(get("/doetanks/" + slug).with(user(author))).andExpect(status().isOk()));
		assertThat(proposal.texts(".intake-gaps li")).containsExactly("Er is nog geen probleemeigenaar of casus.");
		assertThat(proposal.text(".notice--muted")).contains("Zoek een casus.");
		Html mine = Html.of(this.mvc.perform(get("/mijn").with(user(author))).andExpect(status().isOk()));
		assertThat(mine.text(".my-proposals .intake-gaps"))
			.isEqualTo("Wat volgens de coach ontbrak: een probleemeigenaar of casus");
	}

	@Test
	void anAcceptedProposalKeepsTheJudgementAndASecondClickDoesNothing() throws Exception {
		MemberPrincipal coach = this.people.coach("Cor Coach");
		String slug = this.doetanks.proposal(this.people.member("Ans Auteur"));

		for (int click = 0; click < 2; click++) {
			this.mvc.perform(judged(post("/doetanks/" + slug + "/intake/accepteren"), "true").with(user(coach)))
				.andExpect(redirectedUrl("/doetanks/" + slug))
				.andExpect(flash().attribute((click == 0) ? "flashSuccess" : "flashProblem",
						(click == 0) ? "intake.accepted" : "intake.page.decidedAlready"));
		}

		Doetank accepted = this.doetanks.load(slug, coach);
		assertThat(accepted.getStatus()).isEqualTo(DoetankStatus.ACTIEF);
		assertThat(accepted.getJudgement().relevanceNote()).isEqualTo("Publieke waarde.");
		assertThat(accepted.getDeclineGaps()).isEmpty();
		this.mvc.perform(get("/doetanks/" + slug + "/intake").with(user(coach)))
			.andExpect(redirectedUrl("/doetanks/" + slug));
	}

	@Test
	void onlyANetworkCoachOrBeheerderDoesIntakeEvenWithACraftedPost() throws Exception {
		MemberPrincipal author = this.people.member("Ans Auteur");
		String slug = this.doetanks.proposal(author);
		MemberPrincipal trekkerElsewhere = this.people.member("Theo Trekker");
		this.doetanks.active(trekkerElsewhere, this.people.coach("Dirk Coach"));

		this.mvc.perform(judged(post("/doetanks/" + slug + "/intake/accepteren"), "true").with(user(author)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/doetanks/" + slug + "/intake").with(user(author))).andExpect(status().isForbidden());
		this.mvc.perform(judged(post("/doetanks/" + slug + "/intake/afwijzen"), "false").with(user(trekkerElsewhere)))
			.andExpect(status().isNotFound());
		assertThat(this.doetanks.load(slug, author).getStatus()).isEqualTo(DoetankStatus.VOORSTEL);

		this.mvc
			.perform(judged(post("/doetanks/" + slug + "/intake/accepteren"), "true")
				.with(user(this.people.beheerder("Bea Beheer"))))
			.andExpect(redirectedUrl("/doetanks/" + slug));
	}

	@Test
	void theIntakePageCostsTheSameStatementsWhateverTheNumberOfProposals() throws Exception {
		MemberPrincipal coach = this.people.coach("Cor Coach");
		String slug = propose(this.people.member("Ans Auteur"));
		long few = statementsFor(slug, coach);

		for (int i = 0; i < 15; i++) {
			this.doetanks.proposal(this.people.member("Inbrenger " + i));
		}

		assertThat(statementsFor(slug, coach)).isEqualTo(few).isLessThanOrEqualTo(INTAKE_PAGE_CEILING);
	}

	/** The proposal with its team (one statement), its author, and the session's own. */
	static final long INTAKE_PAGE_CEILING = 7;

	private long statementsFor(String slug, MemberPrincipal coach) throws Exception {
		this.statements.reset();
		intakePage(slug, coach);
		return this.statements.count();
	}

	private Html intakePage(String slug, MemberPrincipal coach) throws Exception {
		return Html
			.of(this.mvc.perform(get("/doetanks/" + slug + "/intake").with(user(coach))).andExpect(status().isOk()));
	}

	/** A proposal brought in through the form, with answers to the intake's questions. */
	private String propose(MemberPrincipal author) throws Exception {
		String location = this.mvc
			.perform(post("/doetanks/nieuw").with(user(author))
				.with(csrf())
				.param("title", "Eén formulier " + System.nanoTime())
				.param("vraagstuk", "Inwoners vullen vier formulieren in.")
				.param("theme", "ZORG_EN_WELZIJN")
				.param("organisation", "Gemeente Zwolle")
				.param("answerProblemOwner", "Het Wmo-loket van Zwolle.")
				.param("answerValue", "Minder formulieren, dezelfde zorg.")
				.param("answerCapacity", "Ik, een dag per week.")
				.param("answerOrigin", "IDEE"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring("/doetanks/".length());
	}

	/** A complete judgement; {@code problemOwner} "false" names a gap. */
	static MockHttpServletRequestBuilder judged(MockHttpServletRequestBuilder request, String problemOwner) {
		return request.with(csrf())
			.param("relevance", "VOLDOENDE")
			.param("relevanceNote", "Publieke waarde.")
			.param("chance", "VOLDOENDE")
			.param("chanceNote", "Er is een begunstigde.")
			.param("problemOwner", problemOwner)
			.param("origin", "PROBLEEM");
	}

}
