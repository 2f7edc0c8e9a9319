package nl.clubhuis.member;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.Profiles.Draft;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import nl.clubhuis.toolkit.TestWerkvormen;
import nl.clubhuis.toolkit.WerkvormUsages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A profile and the directory cost the same number of statements whatever the member did
 * and however many members there are.
 */
@IntegrationTest
class ProfileQueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestPosts posts;

	@Autowired
	TestWerkvormen werkvormen;

	@Autowired
	WerkvormUsages usages;

	@Autowired
	Profiles profiles;

	@Autowired
	ExpertiseVocabulary vocabulary;

	@Autowired
	MemberDirectory directory;

	@Autowired
	StatementCounter statements;

	@Test
	void aProfileCostsAFixedNumberOfStatements() throws Exception {
		MemberPrincipal coach = this.people.coach("Cor Telcoach");
		MemberPrincipal member = this.people.member("Tim Teller");
		MemberPrincipal viewer = this.people.member("Kim Kijker");
		List<Long> terms = this.vocabulary.offered().stream().map(Expertise::id).toList();
		this.profiles.save(member.id(),
				new Draft("Gemeente", "Adviseur", "Tekst", Set.of(terms.get(0)), ProfileVisibility.LEDEN));
		String first = this.doetanks.active(member, coach);
		this.posts.published(PostKind.DOETANKBLOG, first, "Eerste blog " + System.nanoTime(), member);
		String werkvorm = this.werkvormen.create("Telwerkvorm " + System.nanoTime(), Set.of(Phase.INITIEREN), Set.of(),
				this.people.redacteur("Rita Redactie"));
		this.usages.record(first, werkvorm, Phase.INITIEREN, "Gebruikt", member);
		String path = this.directory.find(member.id()).orElseThrow().profilePath();
		long few = count(get(path).with(user(viewer)));

		for (int i = 0; i < 4; i++) {
			String doetank = this.doetanks.active(member, coach);
			this.posts.published(PostKind.DOETANKBLOG, doetank, "Blog " + i + " " + System.nanoTime(), member);
			this.usages.record(doetank, werkvorm, Phase.INITIEREN, "Ook " + i, member);
		}
		this.profiles.save(member.id(), new Draft("Gemeente", "Adviseur", "Tekst", new HashSet<>(terms.subList(0, 6)),
				ProfileVisibility.LEDEN));

		assertThat(count(get(path).with(user(viewer)))).isEqualTo(few).isLessThanOrEqualTo(15);
	}

	@Test
	void theDirectoryCostsAFixedNumberOfStatements() throws Exception {
		MemberPrincipal viewer = this.people.member("Dirk Directory");
		List<Long> terms = this.vocabulary.offered().stream().map(Expertise::id).toList();
		String run = "Teller" + Long.toString(System.nanoTime(), 36);
		MemberPrincipal one = this.people.member("Een " + run);
		this.profiles.save(one.id(), new Draft(null, null, null, Set.of(terms.get(1)), ProfileVisibility.LEDEN));
		long few = count(get("/leden").param("naam", run).with(user(viewer)));

		for (int i = 0; i < 25; i++) {
			MemberPrincipal more = this.people.member("Lid " + i + " " + run);
			this.profiles.save(more.id(), new Draft("Org " + i, "Functie " + i, null,
					new HashSet<>(terms.subList(i % 5, i % 5 + 3)), ProfileVisibility.LEDEN));
		}

		assertThat(count(get("/leden").param("naam", run).with(user(viewer)))).isEqualTo(few).isLessThanOrEqualTo(8);
		assertThat(count(get("/leden").param("naam", run).param("pagina", "2").with(user(viewer)))).isEqualTo(few);
	}

	private long count(MockHttpServletRequestBuilder request) throws Exception {
		this.statements.reset();
		this.mvc.perform(request).andExpect(status().isOk());
		return this.statements.count();
	}

}
