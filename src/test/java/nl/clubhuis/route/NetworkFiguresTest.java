package nl.clubhuis.route;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;

import nl.clubhuis.route.domain.NetworkFigures;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.route.domain.NetworkFigures.Figures;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /cijfers counts what the routes say: where Doetanks are, how far they got, where they
 * stopped.
 */
@IntegrationTest
class NetworkFiguresTest {

	@Autowired
	NetworkFigures figures;

	@Autowired
	GateReviewService reviews;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	MockMvc mvc;

	@Test
	void aDoetankThatGoesOnAndStopsIsCountedWhereItGotAndWhereItStopped() {
		Figures before = this.figures.compute();
		MemberPrincipal coach = this.people.coach("Cor Coach");
		String slug = this.doetanks.active(this.people.member("Tessa Trekker"), coach);
		this.reviews.record(slug, this.doetanks.review(slug, GateDecision.Kind.DOOR), coach);
		this.reviews.record(slug, this.doetanks.review(slug, GateDecision.Kind.DOOR), coach);
		this.reviews.record(slug, this.doetanks.review(slug, GateDecision.Kind.HERFORMULEREN), coach);
		this.reviews.record(slug, this.doetanks.review(slug, GateDecision.Kind.STOPPEN), coach);

		Figures after = this.figures.compute();

		assertThat(after.total()).isEqualTo(before.total() + 1);
		assertThat(after.reachedIn(Phase.ADOPTEREN)).as("it got as far as adopteren before going back")
			.isEqualTo(before.reachedIn(Phase.ADOPTEREN) + 1);
		assertThat(after.reachedIn(Phase.EXPERIMENTEREN)).isEqualTo(before.reachedIn(Phase.EXPERIMENTEREN));
		assertThat(after.stoppedIn(Phase.INITIEREN)).as("it stopped after going back to initiëren")
			.isEqualTo(before.stoppedIn(Phase.INITIEREN) + 1);
		assertThat(after.count(Phase.INITIEREN, DoetankStatus.GESTOPT))
			.isEqualTo(before.count(Phase.INITIEREN, DoetankStatus.GESTOPT) + 1);
		assertThat(after.durationIn(Phase.SCHETSEN).stays())
			.isGreaterThan((before.durationIn(Phase.SCHETSEN) == null) ? 0 : before.durationIn(Phase.SCHETSEN).stays());
	}

	@Test
	void theFiguresPageDrawsChartsAndTablesOfTheSameNumbers() throws Exception {
		Html page = Html.of(this.mvc.perform(get("/cijfers")).andExpect(status().isOk()));
		assertThat(page.all("svg.chart")).isNotEmpty().allSatisfy((chart) -> {
			assertThat(chart.attr("role")).isEqualTo("img");
			assertThat(page.text("#" + chart.attr("aria-labelledby"))).as("the name of the chart").isNotBlank();
		});
		assertThat(page.texts("table caption")).contains("Aantal Doetanks per fase en status");
		assertThat(page.texts("h2")).contains("Waar Doetanks stoppen");
	}

}
