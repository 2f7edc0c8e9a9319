package nl.clubhuis.partners;

import java.nio.charset.StandardCharsets;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.partners.domain.PartnerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
	PartnerService partners;

	MemberPrincipal redacteur;

	@BeforeEach
	void people() {
		this.redacteur = this.people.redacteur("Rob Redacteur");
	}

	@Test
	void onlyTheRedactieAddsChangesAndRemovesPartners() throws Exception {
		MemberPrincipal member = this.people.member("Mo Lid");
		String partnerName = "Kennisnetwerk " + System.nanoTime();
		Long partner = this.partners.add(new PartnerDetails(PartnerKind.KENNIS, partnerName, "Deelt **kennis**.", null),
				this.redacteur);

		this.mvc.perform(get("/partners/nieuw")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/partners/nieuw").with(user(member))).andExpect(status().isForbidden());
		this.mvc.perform(form("/partners/nieuw", "Stiekem").with(user(member))).andExpect(status().isForbidden());
		this.mvc
			.perform(form("/partners/" + partner + "/bewerken", "Overgenomen").with(user(member)).param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post("/partners/" + partner + "/verwijderen").with(user(member)).with(csrf()).param("zeker", "true"))
			.andExpect(status().isForbidden());
		assertThat(this.partners.forEditing(partner, this.redacteur).getName()).isEqualTo(partnerName);

		String name = "Provincie Utrecht " + System.nanoTime();
		this.mvc.perform(form("/partners/nieuw", name).with(user(this.redacteur)))
			.andExpect(redirectedUrl("/partners#strategisch"));
		org.jsoup.nodes.Element card = page(this.mvc.perform(get("/partners"))).select(".partner-card")
			.stream()
			.filter((c) -> c.select(".card__title").text().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(card.select(".rich-text strong").text()).isEqualTo("kennis");
		assertThat(card.select(".partner-card__links a").first().attr("href"))
			.isEqualTo("https://www.provincie-utrecht.nl");

		this.mvc.perform(post("/partners/" + partner + "/verwijderen").with(user(this.redacteur)).with(csrf()))
			.andExpect(redirectedUrl("/partners/" + partner + "/bewerken"));
		this.mvc
			.perform(post("/partners/" + partner + "/verwijderen").with(user(this.redacteur))
				.with(csrf())
				.param("zeker", "true"))
			.andExpect(redirectedUrl("/partners"));
		this.mvc.perform(get("/partners")).andExpect(content().string(not(containsString(partnerName))));
	}

	@Test
	void aLinkMustBeAWebAddressAndTheInputIsKept() throws Exception {
		org.jsoup.nodes.Document form = page(this.mvc
			.perform(form("/partners/nieuw", "Slim bedrijf").with(user(this.redacteur))
				.param("url", "javascript:alert(1)"))
			.andExpect(status().isOk()));
		assertThat(form.text()).contains("Vul een webadres in");
		assertThat(form.select("input[name=name]").val()).isEqualTo("Slim bedrijf");
		this.mvc.perform(form("/partners/nieuw", "").with(user(this.redacteur)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Controleer de volgende velden")));
	}

	@Test
	void everyKindIsShownWithWhatItMeansAlsoWhenNobodyIsInIt() throws Exception {
		this.mvc.perform(get("/partners"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Consortium")))
			.andExpect(content().string(containsString("Strategische partners")))
			.andExpect(content().string(containsString("Kennissen en vrienden")))
			.andExpect(content().string(containsString("Ambassadeurs")))
			.andExpect(content().string(containsString("Supportcomité")))
			.andExpect(content().string(containsString("deuren openen voor Doetanks")));
	}

	private static MockHttpServletRequestBuilder form(String url, String name) {
		return post(url).with(csrf())
			.param("kind", "STRATEGISCH")
			.param("name", name)
			.param("description", "Brengt resultaten verder. Deelt **kennis**.")
			.param("url", "https://www.provincie-utrecht.nl");
	}

	private static org.jsoup.nodes.Document page(org.springframework.test.web.servlet.ResultActions result)
			throws Exception {
		return org.jsoup.Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
