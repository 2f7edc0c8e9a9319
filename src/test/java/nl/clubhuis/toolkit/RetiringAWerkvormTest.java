package nl.clubhuis.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.toolkit.domain.WerkvormCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A werkvorm a Doetank used cannot be removed, but the network can stop recommending it:
 * it leaves the toolkit's list, the inspiratiewijzer and the suggestions, and its page
 * stays, with the word why, for the Doetanks that used it.
 */
@IntegrationTest
class RetiringAWerkvormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestWerkvormen werkvormen;

	@Autowired
	WerkvormCatalog catalog;

	@Test
	void aWerkvormInUseIsNoLongerRecommendedAndComesBackWhenAskedAgain() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		MemberPrincipal trekker = this.people.member("Tim Trekker");
		String doetank = this.doetanks.inPhase(Phase.SCHETSEN, trekker, this.people.coach("Cas Coach"));
		String werkvorm = this.werkvormen.create("Brainstorm", Set.of(Phase.SCHETSEN),
				Set.of(Question.NO_OPDRACHTGEVER), redacteur);
		this.mvc
			.perform(post("/doetanks/" + doetank + "/werkvormen").with(user(trekker))
				.with(csrf())
				.param("werkvorm", werkvorm)
				.param("phase", "SCHETSEN")
				.param("note", "Leverde vooral herhaling op."))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post("/toolkit/" + werkvorm + "/niet-meer-aanraden").with(user(redacteur))
				.with(csrf())
				.param("woord", "Een brainstorm zonder eindgebruikers gaf vooral herhaling."))
			.andExpect(redirectedUrl("/toolkit/" + werkvorm));

		assertThat(listed(null)).doesNotContain(werkvorm);
		assertThat(listed(Phase.SCHETSEN)).doesNotContain(werkvorm);
		assertThat(suggested()).doesNotContain(werkvorm);
		Html page = Html.of(this.mvc.perform(get("/toolkit/" + werkvorm)).andExpect(status().isOk()));
		assertThat(page.texts(".werkvorm__retired p")).containsExactly("Het netwerk raadt deze werkvorm niet meer aan.",
				"Een brainstorm zonder eindgebruikers gaf vooral herhaling.");
		assertThat(page.text("main")).as("the Doetank that used it is still an example")
			.contains("Leverde vooral herhaling op.");
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + doetank + "/werkvormen"))).links("main"))
			.contains("/toolkit/" + werkvorm);

		this.mvc.perform(post("/toolkit/" + werkvorm + "/weer-aanraden").with(user(redacteur)).with(csrf()))
			.andExpect(redirectedUrl("/toolkit/" + werkvorm));
		assertThat(listed(Phase.SCHETSEN)).contains(werkvorm);
		assertThat(suggested()).contains(werkvorm);
		assertThat(Html.of(this.mvc.perform(get("/toolkit/" + werkvorm))).has(".werkvorm__retired")).isFalse();
	}

	@Test
	void onlyTheRedactieRetiresAWerkvorm() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Rik Redacteur");
		String werkvorm = this.werkvormen.create("Pitch", Set.of(Phase.ADOPTEREN), Set.of(), redacteur);
		MemberPrincipal member = this.people.member("Mia Lid");

		this.mvc.perform(post("/toolkit/" + werkvorm + "/niet-meer-aanraden").with(csrf()))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/toolkit/" + werkvorm + "/niet-meer-aanraden").with(user(member)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/toolkit/" + werkvorm + "/weer-aanraden").with(user(member)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/toolkit/bestaat-niet/niet-meer-aanraden").with(user(redacteur)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(listed(Phase.ADOPTEREN)).contains(werkvorm);
		Html form = Html.of(this.mvc.perform(get("/toolkit/" + werkvorm + "/bewerken").with(user(redacteur))));
		assertThat(form.label("aanraden-woord")).isEqualTo("Waarom niet meer (niet verplicht)");
	}

	private List<String> listed(Phase phase) {
		List<String> slugs = new ArrayList<>();
		for (int page = 0;; page++) {
			Page<WerkvormCard> found = this.catalog.list(phase, page);
			found.forEach((card) -> slugs.add(card.slug()));
			if (!found.hasNext()) {
				return slugs;
			}
		}
	}

	private List<String> suggested() {
		Suggestions suggestions = this.catalog.suggest(Phase.SCHETSEN, Question.NO_OPDRACHTGEVER);
		List<String> slugs = new ArrayList<>();
		suggestions.forPhase().forEach((card) -> slugs.add(card.slug()));
		suggestions.otherPhases().forEach((card) -> slugs.add(card.slug()));
		return slugs;
	}

}
