package nl.clubhuis.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.partners.PartnerDetails;
import nl.clubhuis.partners.PartnerKind;
import nl.clubhuis.partners.Partners;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The toolkit, the inspiratiewijzer, the route and the partners send the same number of
 * SQL statements with a few werkvormen, usages and partners as with many: no query per
 * werkvorm, per phase tag or per Doetank that used one.
 */
@IntegrationTest
class ToolkitQueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestWerkvormen werkvormen;

	@Autowired
	WerkvormUsages usages;

	@Autowired
	Partners partners;

	@Autowired
	StatementCounter statements;

	@Test
	void toolkitPagesUseAFixedNumberOfStatements() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Rens Redacteur");
		MemberPrincipal trekker = this.people.member("Tom Trekker");
		MemberPrincipal coach = this.people.coach("Cora Coach");
		String measured = this.werkvormen.create("Gemeten", Set.of(Phase.ADOPTEREN), Set.of(Question.NO_OPDRACHTGEVER),
				redacteur);
		String doetank = this.doetanks.inPhase(Phase.ADOPTEREN, trekker, coach);
		// More than a page of werkvormen for the phase and of Doetanks that used the
		// measured
		// one already, so both measurements include the count of the pages.
		addMore(13, measured, redacteur, trekker, coach);

		List<Long> few = measure(measured, doetank, trekker, coach);

		addMore(12, measured, redacteur, trekker, coach);

		List<Long> many = measure(measured, doetank, trekker, coach);

		assertThat(many).as("statements per page with many more werkvormen, usages and partners").isEqualTo(few);
	}

	/**
	 * More werkvormen (tagged for the measured situation), Doetanks that used the
	 * measured one, and partners.
	 */
	private void addMore(int howMany, String measured, MemberPrincipal redacteur, MemberPrincipal trekker,
			MemberPrincipal coach) {
		for (int i = 0; i < howMany; i++) {
			String other = this.werkvormen.create("Werkvorm " + i, Set.of(Phase.ADOPTEREN, Phase.SCHETSEN),
					Set.of(Question.NO_OPDRACHTGEVER, Question.LEARN), redacteur);
			this.werkvormen.create("Nog een werkvorm " + i, Set.of(Phase.ADOPTEREN), Set.of(Question.NO_OPDRACHTGEVER),
					redacteur);
			String team = this.doetanks.inPhase(Phase.ADOPTEREN, trekker, coach);
			this.usages.record(team, measured, Phase.ADOPTEREN, "Wat we deden " + i, trekker);
			this.usages.record(team, other, Phase.SCHETSEN, null, trekker);
			this.partners.add(new PartnerDetails(PartnerKind.values()[i % PartnerKind.values().length], "Partner " + i,
					"Een **partner**.", "https://example.org/" + i), redacteur);
		}
	}

	private List<Long> measure(String werkvorm, String doetank, MemberPrincipal trekker, MemberPrincipal coach)
			throws Exception {
		List<Long> counts = new ArrayList<>();
		for (String page : List.of("/toolkit", "/toolkit?fase=ADOPTEREN", "/toolkit/" + werkvorm,
				"/inspiratiewijzer?fase=ADOPTEREN&vraag=no-opdrachtgever", "/partners", "/route",
				"/toolkit/printbaar/gatekeepers-checklist?fase=ADOPTEREN", "/doetanks/" + doetank + "/werkvormen")) {
			counts.add(statementsFor(get(page)));
		}
		counts.add(statementsFor(get("/doetanks/" + doetank + "/werkvormen").with(user(trekker))));
		counts.add(statementsFor(get("/doetanks/" + doetank + "/gatekeepers/nieuw").with(user(coach))));
		return counts;
	}

	private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
		this.statements.reset();
		this.mvc.perform(request).andExpect(status().isOk());
		return this.statements.count();
	}

}
