package nl.clubhuis.site;

import java.util.List;
import java.util.UUID;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.PostService;
import nl.clubhuis.publishing.Publication;
import nl.clubhuis.publishing.TestPosts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list reads {@code ?pagina=} the same lenient way: people edit addresses, and a
 * page number is never a reason for an error page.
 */
@IntegrationTest
class PageNumbersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestPosts posts;

	@Autowired
	PostService postService;

	@Autowired
	TestDoetanks doetanks;

	@ParameterizedTest
	@ValueSource(strings = { "abc", "-1", "0", "2147483647", "2147483648", "99999999999999999999", "1e9", " 3 ", "" })
	void anyPageNumberShowsAPage(String number) throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Rob Bladzijde");
		MemberPrincipal member = this.people.member("Mia Bladzijde");
		MemberPrincipal beheerder = this.people.beheerder("Bea Bladzijde");
		String doetank = "/doetanks/"
				+ this.doetanks.active(this.people.member("Tom Bladzijde"), this.people.coach("Coco Bladzijde"));
		WrittenPost news = this.posts.published(PostKind.NIEUWS, null, "Nieuws " + UUID.randomUUID(), redacteur);
		List<Visit> visits = List.of(new Visit("/agenda", anonymous()), new Visit("/agenda/geweest", anonymous()),
				new Visit("/blogs", anonymous()), new Visit("/tags/groei", anonymous()),
				new Visit("/nieuws", anonymous()), new Visit("/cafeblog", anonymous()),
				new Visit(news.path(), anonymous()), new Visit("/doetanks", anonymous()),
				new Visit("/doetanks/lessen", anonymous()), new Visit("/toolkit", anonymous()),
				new Visit("/toolkit/pitch", anonymous()),
				new Visit("/coach", user(this.people.coach("Cato Bladzijde"))), new Visit("/mijn/agenda", user(member)),
				new Visit("/redactie/reacties", user(redacteur)), new Visit("/zoeken?q=gemeente", anonymous()),
				new Visit("/vragen", anonymous()), new Visit("/leden", user(member)),
				new Visit("/mijn/meldingen", user(member)), new Visit(doetank + "/geschiedenis", anonymous()),
				new Visit(doetank + "/blog", anonymous()), new Visit("/redactie/meldingen", user(redacteur)),
				new Visit("/redactie/meldingen/verborgen", user(redacteur)), new Visit("/beheer", user(beheerder)),
				new Visit("/beheer/logboek", user(beheerder)),
				new Visit("/beheer/meldingen/berichten", user(beheerder)));

		for (Visit visit : visits) {
			this.mvc.perform(get(visit.path()).param("pagina", number).with(visit.who())).andExpect(status().isOk());
		}
	}

	@Test
	void aPageNumberPastTheEndShowsTheLastPage() throws Exception {
		String tag = "bladzijde-" + UUID.randomUUID().toString().substring(0, 8);
		MemberPrincipal redacteur = this.people.redacteur("Rik Laatste");
		String title = "Alleen bericht " + UUID.randomUUID();
		this.postService.write(PostKind.NIEUWS, null, TestPosts.content(title, "Tekst", tag), null,
				Publication.at(java.time.Instant.now().minusSeconds(60)), redacteur);

		for (String number : List.of("2", "2147483647")) {
			Document page = Jsoup.parse(this.mvc.perform(get("/tags/" + tag).param("pagina", number))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());

			assertThat(page.select(".post-card__title").eachText()).as("page %s", number).containsExactly(title);
		}
	}

	private record Visit(String path, RequestPostProcessor who) {
	}

}
