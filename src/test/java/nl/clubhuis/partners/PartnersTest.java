package nl.clubhuis.partners;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Kennissen en partners: listed by kind for everyone, kept by the redactie only. */
@IntegrationTest
class PartnersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Partners partners;

	MemberPrincipal redacteur;

	@BeforeEach
	void people() {
		this.redacteur = this.people.redacteur("Rob Redacteur");
	}

	@Test
	void onlyTheRedactieAddsChangesAndRemovesPartners() throws Exception {
		MemberPrincipal member = this.people.member("Mo Lid");
		Partner partner = this.partners.add(PartnerKind.KENNIS, "Kennisnetwerk " + System.nanoTime(),
				"Deelt **kennis**.", null, this.redacteur);

		this.mvc.perform(get("/partners/nieuw")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/partners/nieuw").with(user(member))).andExpect(status().isForbidden());
		this.mvc.perform(form("/partners/nieuw", "Stiekem").with(user(member))).andExpect(status().isForbidden());
		this.mvc
			.perform(form("/partners/" + partner.getId() + "/bewerken", "Overgenomen").with(user(member))
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/partners/" + partner.getId() + "/verwijderen").with(user(member))
				.with(csrf())
				.param("zeker", "true"))
			.andExpect(status().isForbidden());
		assertThat(this.partners.find(partner.getId()).getName()).startsWith("Kennisnetwerk");

		String name = "Provincie Utrecht " + System.nanoTime();
		this.mvc.perform(form("/partners/nieuw", name).with(user(this.redacteur)))
			.andExpect(redirectedUrl("/partners#strategisch"));
		Html list = Html.of(this.mvc.perform(get("/partners")));
		assertThat(list.texts("#strategisch .partner-card .card__title")).contains(name);
		Element card = list.one("#strategisch .partner-card:has(.card__title:containsOwn(" + name + "))");
		assertThat(card.select(".rich-text strong").text()).isEqualTo("kennis");
		assertThat(card.select(".partner-card__links a").eachAttr("href")).contains("https://www.provincie-utrecht.nl");

		this.mvc.perform(post("/partners/" + partner.getId() + "/verwijderen").with(user(this.redacteur)).with(csrf()))
			.andExpect(redirectedUrl("/partners/" + partner.getId() + "/bewerken"));
		this.mvc
			.perform(post("/partners/" + partner.getId() + "/verwijderen").with(user(this.redacteur))
				.with(csrf())
				.param("zeker", "true"))
			.andExpect(redirectedUrl("/partners"));
		assertThat(Html.of(this.mvc.perform(get("/partners"))).text()).doesNotContain(partner.getName());
	}

	@Test
	void aLinkMustBeAWebAddressAndTheInputIsKept() throws Exception {
		// Instead of the web address form() fills in, not next to it.
		MockHttpServletRequestBuilder script = form("/partners/nieuw", "Slim bedrijf").with(user(this.redacteur))
			.with((request) -> {
				request.setParameter("url", "javascript:alert(1)");
				return request;
			});
		Html refused = Html.of(this.mvc.perform(script).andExpect(status().isOk()));
		assertThat(refused.fieldError("url")).startsWith("Vul een webadres in");
		assertThat(refused.value("name")).isEqualTo("Slim bedrijf");
		assertThat(refused.value("url")).isEqualTo("javascript:alert(1)");
		Html noName = Html
			.of(this.mvc.perform(form("/partners/nieuw", "").with(user(this.redacteur))).andExpect(status().isOk()));
		assertThat(noName.text(".error-summary")).contains("Controleer de volgende velden");
		assertThat(noName.fieldError("name")).isNotBlank();
	}

	@Test
	void everyKindIsShownWithWhatItMeansAlsoWhenNobodyIsInIt() throws Exception {
		Html list = Html.of(this.mvc.perform(get("/partners")).andExpect(status().isOk()));
		assertThat(list.texts(".partner-group h2")).containsExactly("Consortium", "Strategische partners",
				"Kennissen en vrienden", "Ambassadeurs", "Supportcomité");
		assertThat(list.text("#supportcomite .lead")).contains("deuren openen voor Doetanks");
	}

	private static MockHttpServletRequestBuilder form(String url, String name) {
		return post(url).with(csrf())
			.param("kind", "STRATEGISCH")
			.param("name", name)
			.param("description", "Brengt resultaten verder. Deelt **kennis**.")
			.param("url", "https://www.provincie-utrecht.nl");
	}

}
