package nl.clubhuis.beheer;

import java.util.Set;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.ProfileVisibility;
import nl.clubhuis.member.Profiles;
import nl.clubhuis.member.Profiles.Draft;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * /redactie/expertise: the redactie keeps the vocabulary; a retired term is no longer
 * offered but stays with who chose it.
 */
@IntegrationTest
class ExpertiseVocabularyPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	ExpertiseVocabulary vocabulary;

	@Autowired
	Profiles profiles;

	@Autowired
	MemberDirectory directory;

	@Test
	void theRedactieAddsRenamesRetiresAndRestoresATerm() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Ruth Redactie");
		MemberPrincipal member = this.people.member("Mats Kiezer");
		String run = Long.toString(System.nanoTime(), 36);

		assertThat(send(
				post("/redactie/expertise").param("nameNl", "Spelontwerp " + run).param("nameEn", "Game design " + run),
				redacteur))
			.isEqualTo("/redactie/expertise");
		Expertise term = find("Spelontwerp " + run);
		assertThat(Html.of(this.mvc.perform(get("/mijn/profiel").with(user(member))))
			.all("input[name=expertise][value=" + term.id() + "]")).as("offered to members at once").hasSize(1);

		Html taken = Html.of(this.mvc.perform(post("/redactie/expertise").with(user(redacteur))
			.with(csrf())
			.param("nameNl", "spelontwerp " + run)
			.param("nameEn", "Something else " + run)));
		assertThat(taken.fieldError("nameNl")).isEqualTo("Deze naam heeft een andere term al.");
		assertThat(taken.fieldError("nameEn")).isNull();
		assertThat(taken.value("nameEn")).isEqualTo("Something else " + run);

		assertThat(send(post("/redactie/expertise/" + term.id()).param("nameNl", "Serious gaming " + run)
			.param("nameEn", "Serious games " + run), redacteur)).isEqualTo("/redactie/expertise");
		assertThat(this.vocabulary.find(term.id()).nameNl()).isEqualTo("Serious gaming " + run);
		assertThat(this.vocabulary.find(term.id()).slug()).as("the address stays").isEqualTo(term.slug());

		this.profiles.save(member.id(), new Draft(null, null, null, Set.of(term.id()), ProfileVisibility.LEDEN));
		send(post("/redactie/expertise/" + term.id() + "/intrekken"), redacteur);
		assertThat(this.vocabulary.offered()).extracting(Expertise::id).doesNotContain(term.id());
		String profile = this.directory.find(member.id()).orElseThrow().profilePath();
		assertThat(Html.of(this.mvc.perform(get(profile).with(user(redacteur)))).texts(".profile__expertise li"))
			.as("a retired term stays with who chose it")
			.containsExactly("Serious gaming " + run);
		this.profiles.save(member.id(), new Draft(null, "Functie", null, Set.of(term.id()), ProfileVisibility.LEDEN));
		assertThat(this.directory.expertiseOf(member.id())).as("saving again keeps it").contains(term.id());

		send(post("/redactie/expertise/" + term.id() + "/terugzetten"), redacteur);
		assertThat(this.vocabulary.offered()).extracting(Expertise::id).contains(term.id());
	}

	@Test
	void onlyTheRedactieKeepsTheVocabulary() throws Exception {
		MemberPrincipal member = this.people.member("Nina Nieuwsgierig");
		assertThat(
				this.mvc.perform(get("/redactie/expertise").with(user(member))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.mvc.perform(
				post("/redactie/expertise").with(user(member)).with(csrf()).param("nameNl", "X").param("nameEn", "X"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private String send(MockHttpServletRequestBuilder request, MemberPrincipal who) throws Exception {
		return this.mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
	}

	private Expertise find(String nameNl) {
		return this.vocabulary.all().stream().filter((t) -> t.nameNl().equals(nameNl)).findFirst().orElseThrow();
	}

}
