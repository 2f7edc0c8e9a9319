package nl.clubhuis.toolkit;

import java.util.Set;

import java.nio.charset.StandardCharsets;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inspiratiewijzer's suggestions come from the data: the phases and questions each
 * werkvorm is tagged with, and what Doetanks recorded they did in a phase.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspiratiewijzerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestWerkvormen werkvormen;

	@Autowired
	ToolkitCatalog catalog;

	@Autowired
	WerkvormUsages usages;

	String pitchForAdoption;

	String lobbyForSpreading;

	String reflectionForAdoption;

	String adoptingDoetank;

	String spreadingDoetank;

	@BeforeAll
	void toolkitAndDoetanks() {
		MemberPrincipal redacteur = this.people.redacteur("Rik Redacteur");
		this.pitchForAdoption = this.werkvormen.create("Pitch bij de directie", Set.of(Phase.SCHETSEN, Phase.ADOPTEREN),
				Set.of(Question.NO_OPDRACHTGEVER), redacteur);
		this.lobbyForSpreading = this.werkvormen.create("Lobby bij het Rijk", Set.of(Phase.VERBREDEN),
				Set.of(Question.NO_OPDRACHTGEVER, Question.OTHERS_ADOPT), redacteur);
		this.reflectionForAdoption = this.werkvormen.create("Terugblik", Set.of(Phase.ADOPTEREN),
				Set.of(Question.LEARN), redacteur);

		MemberPrincipal trekker = this.people.member("Ada Trekker");
		MemberPrincipal coach = this.people.coach("Coen Coach");
		this.adoptingDoetank = this.doetanks.inPhase(Phase.ADOPTEREN, trekker, coach);
		this.usages.record(this.adoptingDoetank, this.pitchForAdoption, Phase.ADOPTEREN,
				"We pitchten bij de gemeentesecretaris.", trekker);
		this.spreadingDoetank = this.doetanks.inPhase(Phase.VERBREDEN, trekker, coach);
		this.usages.record(this.spreadingDoetank, this.pitchForAdoption, Phase.SCHETSEN,
				"Een eerste pitch op het Café.", trekker);
		this.usages.record(this.spreadingDoetank, this.lobbyForSpreading, Phase.VERBREDEN, "Via de supporters.",
				trekker);
	}

	@Test
	void adopteringWithoutAnOpdrachtgeverSuggestsWhatFitsThatPhaseFirst() {
		Suggestions suggestions = this.catalog.suggest(Phase.ADOPTEREN, Question.NO_OPDRACHTGEVER);

		assertThat(suggestions.forPhase()).extracting(WerkvormCard::slug)
			.contains(this.pitchForAdoption)
			.doesNotContain(this.lobbyForSpreading, this.reflectionForAdoption);
		assertThat(suggestions.otherPhases()).extracting(WerkvormCard::slug)
			.contains(this.lobbyForSpreading)
			.doesNotContain(this.pitchForAdoption, this.reflectionForAdoption);
		assertThat(suggestions.examples()).extracting((u) -> u.doetank().slug())
			.contains(this.adoptingDoetank)
			.as("the same werkvorm used in another phase is not this situation")
			.doesNotContain(this.spreadingDoetank);
	}

	@Test
	void spreadingWithoutAnOpdrachtgeverSuggestsTheLobby() {
		Suggestions suggestions = this.catalog.suggest(Phase.VERBREDEN, Question.NO_OPDRACHTGEVER);

		assertThat(suggestions.forPhase()).extracting(WerkvormCard::slug)
			.contains(this.lobbyForSpreading)
			.doesNotContain(this.pitchForAdoption);
		assertThat(suggestions.otherPhases()).extracting(WerkvormCard::slug).contains(this.pitchForAdoption);
		assertThat(suggestions.examples()).extracting((u) -> u.doetank().slug())
			.contains(this.spreadingDoetank)
			.doesNotContain(this.adoptingDoetank);
	}

	@Test
	void anotherQuestionInTheSamePhaseGivesOtherWerkvormen() {
		Suggestions suggestions = this.catalog.suggest(Phase.ADOPTEREN, Question.LEARN);

		assertThat(suggestions.forPhase()).extracting(WerkvormCard::slug)
			.contains(this.reflectionForAdoption)
			.doesNotContain(this.pitchForAdoption, this.lobbyForSpreading);
		assertThat(suggestions.examples()).extracting((u) -> u.doetank().slug()).doesNotContain(this.adoptingDoetank);
	}

	@Test
	void theNetworksOwnWerkvormenAnswerTheQuestionsTheyWereWrittenFor() {
		assertThat(this.catalog.suggest(Phase.ADOPTEREN, Question.NO_OPDRACHTGEVER).forPhase())
			.extracting(WerkvormCard::slug)
			.contains("pitch", "business-case", "adoptieafspraak", "supporter-inschakelen")
			.doesNotContain("veldwerk");
		assertThat(this.catalog.suggest(Phase.INITIEREN, Question.UNKNOWN_END_USER).forPhase())
			.extracting(WerkvormCard::slug)
			.contains("veldwerk", "casusonderzoek", "customer-journey-mapping");
		assertThat(this.catalog.suggest(Phase.VERBREDEN, Question.OTHERS_ADOPT).forPhase())
			.extracting(WerkvormCard::slug)
			.contains("kennis-leerkring", "value-network-analysis", "checklist-opschaling")
			.doesNotContain("scrum");
	}

	@Test
	void thePageWorksWithPlainLinksAndFormsAndSaysWhatIsMissing() throws Exception {
		org.jsoup.nodes.Document answer = page(
				this.mvc.perform(get("/inspiratiewijzer?fase=adopteren&vraag=no-opdrachtgever"))
					.andExpect(status().isOk()));
		assertThat(answer.select("#advies h2").text()).isEqualTo("Dit kan jullie helpen");
		assertThat(answer.select("#advies .werkvorm-card a").eachAttr("href"))
			.contains("/toolkit/" + this.pitchForAdoption);
		assertThat(answer.select("#advies .usage-list__note").eachText())
			.contains("We pitchten bij de gemeentesecretaris.");
		assertThat(answer.select("form[method=get] input[name=fase]")).hasSize(6);

		this.mvc.perform(get("/inspiratiewijzer?fase=ADOPTEREN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies ook waar jullie tegenaan lopen")))
			.andExpect(content().string(not(containsString("Dit kan jullie helpen"))));
		this.mvc.perform(get("/inspiratiewijzer?vraag=no-opdrachtgever"))
			.andExpect(content().string(containsString("Kies ook in welke fase jullie Doetank zit")));
		this.mvc.perform(get("/inspiratiewijzer?fase=onzin&vraag=%3Cscript%3E"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een fase en waar jullie tegenaan lopen")));
		this.mvc.perform(get("/inspiratiewijzer?lang=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We have no opdrachtgever (yet)")));
	}

	private static org.jsoup.nodes.Document page(org.springframework.test.web.servlet.ResultActions result)
			throws Exception {
		return org.jsoup.Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
