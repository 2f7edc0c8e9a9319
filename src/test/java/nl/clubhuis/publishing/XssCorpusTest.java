package nl.clubhuis.publishing;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every payload of the corpus, typed into every field that is shown again (title,
 * summary, text, picture description, comment), and into the preview: nothing of it can
 * run on any page that shows it, nor in the feed.
 */
@IntegrationTest
class XssCorpusTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Test
	void theMarkdownRendererLetsNothingThrough() {
		for (String payload : XssCorpus.PAYLOADS) {
			XssCorpus.assertNothingRuns(
					"<html><body><main>" + Markdown.toHtml(payload + "\n\n" + payload) + "</main></body></html>",
					payload);
		}
		assertThat(Markdown.toHtml("[een link](https://example.org)"))
			.isEqualTo("<p><a href=\"https://example.org\" rel=\"nofollow\">een link</a></p>\n");
	}

	@Test
	void noPayloadRunsOnAnyPageThatShowsIt() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String doetank = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		int n = 0;
		for (String payload : XssCorpus.PAYLOADS) {
			n++;
			MvcResult preview = this.mvc
				.perform(multipart("/doetanks/" + doetank + "/blog/nieuw").file(PictureFiles.png("foto.png"))
					.with(user(trekker))
					.with(csrf())
					.param("title", payload)
					.param("summary", payload)
					.param("body", payload + "\n\n" + payload)
					.param("coverAlt", payload)
					.param("actie", "voorbeeld"))
				.andExpect(status().isOk())
				.andReturn();
			XssCorpus.assertNothingRuns(preview.getResponse().getContentAsString(), "preview of " + payload);

			MvcResult saved = this.mvc
				.perform(multipart("/doetanks/" + doetank + "/blog/nieuw").file(PictureFiles.png("foto.png"))
					.with(user(trekker))
					.with(csrf())
					.param("title", n + " " + payload)
					.param("summary", payload)
					.param("body", payload)
					.param("coverAlt", payload)
					.param("actie", "publiceren"))
				.andExpect(status().is3xxRedirection())
				.andReturn();
			String path = saved.getResponse().getRedirectedUrl();
			String slug = path.substring(path.lastIndexOf('/') + 1);
			this.mvc.perform(
					post("/berichten/" + slug + "/reacties").with(user(trekker)).with(csrf()).param("text", payload))
				.andExpect(status().is3xxRedirection());

			for (String page : new String[] { path, "/doetanks/" + doetank, "/doetanks/" + doetank + "/blog", "/blogs",
					"/" }) {
				String html = this.mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
				XssCorpus.assertNothingRuns(html, page + " with " + payload);
			}
		}
		String xml = this.mvc.perform(get("/doetanks/" + doetank + "/blog/feed"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// A feed reader reads the XML: no element of a page in it, and what people typed
		// is text it shows as typed, never HTML it renders.
		var feed = Jsoup.parse(xml, "", Parser.xmlParser());
		assertThat(feed.select("script, img, svg, iframe, object")).isEmpty();
		assertThat(feed.select("entry")).isNotEmpty();
		assertThat(feed.select("entry > summary"))
			.allSatisfy((summary) -> assertThat(summary.attr("type")).isEqualTo("text"));
		assertThat(feed.select("entry > title")).allSatisfy((title) -> assertThat(title.attr("type")).isIn("", "text"));
		String last = XssCorpus.PAYLOADS.get(XssCorpus.PAYLOADS.size() - 1);
		assertThat(feed.select("entry > title").eachText()).contains(n + " " + last);
	}

}
