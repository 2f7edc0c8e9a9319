package nl.clubhuis.publishing.web;

import java.io.StringReader;
import java.util.List;

import jakarta.servlet.http.Cookie;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostCatalog;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The publishing pages and feeds as a browser and a feed reader use them. */
@IntegrationTest
class PublishingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestPosts posts;

	@Autowired
	PostCatalog catalog;

	MemberPrincipal trekker;

	MemberPrincipal redacteur;

	String doetank;

	@BeforeEach
	void aDoetankAndARedacteur() {
		this.trekker = this.people.member("Tessa Trekker");
		this.redacteur = this.people.redacteur("Roos Redacteur");
		this.doetank = this.doetanks.active(this.trekker, this.people.coach("Cor Coach"));
	}

	@Test
	void aRedacteurPreviewsThenPublishesNewsThatTheHomePageShows() throws Exception {
		this.mvc
			.perform(post("/nieuws/nieuw").with(user(this.redacteur))
				.with(csrf())
				.param("title", "Het Grand Café komt eraan")
				.param("body", "## Programma\n\nMet **drie** Doetanks op het podium.")
				.param("actie", "voorbeeld"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2>Programma</h2>")))
			.andExpect(content().string(containsString("<strong>drie</strong>")))
			.andExpect(content().string(containsString("value=\"Het Grand Caf")));
		assertThat(this.catalog.hasPostTitled("Het Grand Café komt eraan")).as("a preview saves nothing").isFalse();

		MvcResult published = this.mvc
			.perform(post("/nieuws/nieuw").with(user(this.redacteur))
				.with(csrf())
				.param("title", "Het Grand Café komt eraan")
				.param("body", "## Programma\n\nMet **drie** Doetanks op het podium.")
				.param("tags", "Café, grand café")
				.param("actie", "publiceren"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String path = published.getResponse().getRedirectedUrl();
		assertThat(path).startsWith("/nieuws/het-grand-cafe-komt-eraan");

		this.mvc.perform(get(path))
			.andExpect(content().string(containsString("Door Roos Redacteur")))
			.andExpect(content().string(containsString("href=\"/tags/caf%C3%A9\"")));
		this.mvc.perform(get("/")).andExpect(content().string(containsString("Het Grand Café komt eraan")));
	}

	@Test
	void cardsAndThePostPageNameTheAuthorAndTheDoetank() throws Exception {
		WrittenPost post = this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Wie schreef dit", this.trekker);
		String doetankPath = "/doetanks/" + this.doetank;

		Document blog = page(get(doetankPath + "/blog"));
		Element card = blog.select(".post-card")
			.stream()
			.filter((c) -> c.select(".post-card__title").text().equals("Wie schreef dit"))
			.findFirst()
			.orElseThrow();
		assertThat(card.select(".post-card__meta").text()).startsWith("Tessa Trekker");
		assertThat(card.select(".post-card__kind a").attr("href")).isEqualTo(doetankPath);
		assertThat(card.select(".post-card__title a").attr("href")).isEqualTo(post.path());

		Document anonymous = page(get(post.path()));
		assertThat(anonymous.select(".post__meta").text()).contains("Door Tessa Trekker");
		assertThat(anonymous.select(".breadcrumbs a").eachAttr("href")).containsExactly(doetankPath,
				doetankPath + "/blog");
		assertThat(anonymous.select("a[href=" + post.path() + "/bewerken]")).isEmpty();
		assertThat(anonymous.select("#reageren")).as("only members comment").isEmpty();

		Document author = page(get(post.path()).with(user(this.trekker)));
		assertThat(author.select("a[href=" + post.path() + "/bewerken]")).hasSize(1);
		assertThat(author.select("#reageren")).hasSize(1);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void aFormWithErrorsComesBackWithEverythingTyped() throws Exception {
		this.mvc
			.perform(post("/doetanks/" + this.doetank + "/blog/nieuw").with(user(this.trekker))
				.with(csrf())
				.param("title", "Wat we leerden")
				.param("body", "")
				.param("tags", "ok, <niet>")
				.param("summary", "Mijn zorgvuldige samenvatting")
				.param("actie", "publiceren"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Controleer de volgende velden")))
			.andExpect(content().string(containsString("Vul dit veld in.")))
			.andExpect(content().string(containsString("Gebruik hooguit 6 tags")))
			.andExpect(content().string(containsString("value=\"Wat we leerden\"")))
			.andExpect(content().string(containsString("Mijn zorgvuldige samenvatting")));
		assertThat(this.catalog.hasPostTitled("Wat we leerden")).isFalse();
	}

	@Test
	void aSecondEditorWhoSavesLaterKeepsTheirText() throws Exception {
		WrittenPost post = this.posts.published(PostKind.NIEUWS, null, "Samen bewerkt", this.redacteur);
		MemberPrincipal other = this.people.redacteur("Tweede Redacteur");
		this.mvc
			.perform(post(post.path() + "/bewerken").with(user(other))
				.with(csrf())
				.param("title", "Samen bewerkt")
				.param("body", "Eerste versie")
				.param("version", String.valueOf(post.version()))
				.param("actie", "publiceren"))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post(post.path() + "/bewerken").with(user(this.redacteur))
				.with(csrf())
				.param("title", "Samen bewerkt")
				.param("body", "Mijn zorgvuldige tweede versie")
				.param("version", String.valueOf(post.version()))
				.param("actie", "publiceren"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Iemand anders heeft dit bericht opgeslagen")))
			.andExpect(content().string(containsString("Mijn zorgvuldige tweede versie")));
	}

	@Test
	void conceptsAreNotFoundByAddressNorInFeeds() throws Exception {
		WrittenPost concept = this.posts.concept(PostKind.NIEUWS, null, "Geheim concept", this.redacteur);
		WrittenPost scheduled = this.posts.scheduled(PostKind.DOETANKBLOG, this.doetank, "Nog even geduld",
				this.trekker);

		this.mvc.perform(get(concept.path())).andExpect(status().isNotFound());
		this.mvc.perform(get(scheduled.path()).with(user(this.people.member("Nieuwsgierig"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(concept.path()).with(user(this.redacteur)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit is een concept")));
		for (String feed : List.of("/nieuws/feed", "/blogs/feed", "/doetanks/" + this.doetank + "/blog/feed")) {
			this.mvc.perform(get(feed))
				.andExpect(content().string(not(containsString("Geheim concept"))))
				.andExpect(content().string(not(containsString("Nog even geduld"))));
		}
		this.mvc.perform(get("/nieuws")).andExpect(content().string(not(containsString("Geheim concept"))));
	}

	@Test
	void feedsAreAtomWithWhatAReaderNeeds() throws Exception {
		this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Onze eerste proef", this.trekker);
		this.posts.published(PostKind.NIEUWS, null, "Nieuws voor de feed", this.redacteur);

		for (String feedPath : List.of("/nieuws/feed", "/cafeblog/feed", "/blogs/feed",
				"/doetanks/" + this.doetank + "/blog/feed")) {
			MvcResult result = this.mvc.perform(get(feedPath))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
				.andReturn();
			WireFeed parsed = new WireFeedInput()
				.build(new InputSource(new StringReader(result.getResponse().getContentAsString())));
			assertThat(parsed.getFeedType()).isEqualTo("atom_1.0");
			Feed feed = (Feed) parsed;
			assertThat(feed.getId()).as(feedPath).startsWith("http://localhost").endsWith(feedPath);
			assertThat(feed.getTitle()).startsWith("Clubhuis");
			assertThat(feed.getUpdated()).isNotNull();
			assertThat(feed.getOtherLinks()).anySatisfy((link) -> assertThat(link.getRel()).isEqualTo("self"));
			assertThat(feed.getEntries()).hasSizeLessThanOrEqualTo(FeedController.ENTRIES);
			for (Entry entry : feed.getEntries()) {
				assertThat(entry.getId()).startsWith("http://localhost/");
				assertThat(entry.getTitle()).isNotBlank();
				assertThat(entry.getUpdated()).isNotNull();
				assertThat(entry.getAlternateLinks()).singleElement()
					.satisfies((link) -> assertThat(link.getHrefResolved()).isEqualTo(entry.getId()));
				assertThat(entry.getAuthors()).isNotEmpty();
			}
		}
		MvcResult doetankFeed = this.mvc.perform(get("/doetanks/" + this.doetank + "/blog/feed")).andReturn();
		assertThat(doetankFeed.getResponse().getContentAsString()).contains("Onze eerste proef")
			.doesNotContain("Nieuws voor de feed");
	}

	@Test
	void pagesAdvertiseTheirFeed() throws Exception {
		WrittenPost post = this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Met een feed", this.trekker);
		String feedLink = "rel=\"alternate\" type=\"application/atom+xml\" href=\"/doetanks/" + this.doetank
				+ "/blog/feed\"";
		this.mvc.perform(get("/doetanks/" + this.doetank + "/blog"))
			.andExpect(content().string(containsString(feedLink)));
		this.mvc.perform(get(post.path())).andExpect(content().string(containsString(feedLink)));
		this.mvc.perform(get(post.path()).with(user(this.trekker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bewerken")));
		this.mvc.perform(get("/cafeblog"))
			.andExpect(content().string(containsString("type=\"application/atom+xml\" href=\"/cafeblog/feed\"")));
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("type=\"application/atom+xml\" href=\"/nieuws/feed\"")));
	}

	@Test
	void membersCommentAnyoneReportsARedacteurHidesAndRestores() throws Exception {
		WrittenPost post = this.posts.published(PostKind.NIEUWS, null, "Praat mee", this.redacteur);
		MemberPrincipal commenter = this.people.member("Rik Reageerder");

		this.mvc.perform(get(post.path()).with(user(commenter)))
			.andExpect(content().string(containsString("Je reactie")));
		this.mvc.perform(post("/berichten/" + post.slug() + "/reacties").with(csrf()).param("text", "Anoniem"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		this.mvc.perform(
				post("/berichten/" + post.slug() + "/reacties").with(user(commenter)).with(csrf()).param("text", " "))
			.andExpect(redirectedUrl(post.path() + "#reageren"))
			.andExpect(flash().attributeExists("commentForm"));
		MvcResult added = this.mvc
			.perform(post("/berichten/" + post.slug() + "/reacties").with(user(commenter))
				.with(csrf())
				.param("text", "Onaardige opmerking"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String anchor = added.getResponse().getRedirectedUrl();
		Long commentId = Long.valueOf(anchor.substring(anchor.indexOf("#reactie-") + 9));

		// Sessions live in the database; the visitor's browser sends its session cookie.
		Cookie visitor = this.mvc.perform(post("/reacties/" + commentId + "/melden").with(csrf()))
			.andExpect(redirectedUrl(post.path() + "#reactie-" + commentId))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(post("/reacties/" + commentId + "/melden").cookie(visitor).with(csrf()))
				.andExpect(redirectedUrl(post.path() + "#reactie-" + commentId));
		}
		this.mvc.perform(get(post.path()).with(user(this.redacteur)))
			.andExpect(content().string(containsString("1 keer gemeld")));
		this.mvc.perform(post("/reacties/" + commentId + "/verbergen").with(user(commenter)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/redactie/reacties").with(user(this.redacteur)))
			.andExpect(content().string(containsString("Onaardige opmerking")));
		this.mvc.perform(get("/redactie/reacties").with(user(commenter))).andExpect(status().isForbidden());

		this.mvc.perform(post("/reacties/" + commentId + "/verbergen").with(user(this.redacteur)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(post.path())).andExpect(content().string(not(containsString("Onaardige opmerking"))));

		this.mvc.perform(post("/reacties/" + commentId + "/herstellen").with(user(this.redacteur)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(post.path())).andExpect(content().string(containsString("Onaardige opmerking")));
	}

	@Test
	void theAuthorEditsAndDeletesTheirOwnCommentOnly() throws Exception {
		WrittenPost post = this.posts.published(PostKind.CAFEBLOG, null, "Verslag", this.redacteur);
		MemberPrincipal author = this.people.member("Auteur");
		MemberPrincipal other = this.people.member("Ander");
		MvcResult added = this.mvc
			.perform(post("/berichten/" + post.slug() + "/reacties").with(user(author))
				.with(csrf())
				.param("text", "Eerste versie"))
			.andReturn();
		String location = added.getResponse().getRedirectedUrl();
		String id = location.substring(location.indexOf("#reactie-") + 9);

		this.mvc.perform(get("/reacties/" + id + "/bewerken").with(user(other))).andExpect(status().isForbidden());
		this.mvc.perform(post("/reacties/" + id + "/verwijderen").with(user(other)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post("/reacties/" + id + "/bewerken").with(user(author)).with(csrf()).param("text", "Tweede versie"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(post.path()))
			.andExpect(content().string(containsString("Tweede versie")))
			.andExpect(content().string(containsString("bewerkt")));
		this.mvc.perform(post("/reacties/" + id + "/verwijderen").with(user(author)).with(csrf()))
			.andExpect(redirectedUrl(post.path() + "#reacties"));
		this.mvc.perform(get(post.path())).andExpect(content().string(not(containsString("Tweede versie"))));
	}

	@Test
	void theSecondPageShowsTheNextPosts() throws Exception {
		MemberPrincipal writer = this.people.member("Bram Blogger");
		String doetank = this.doetanks.active(writer, this.people.coach("Coby Coach"));
		for (int i = 1; i <= PostCatalog.PAGE_SIZE + 2; i++) {
			this.posts.published(PostKind.DOETANKBLOG, doetank, String.format("Weekbericht %02d", i), writer);
		}
		String blog = "/doetanks/" + doetank + "/blog";
		this.mvc.perform(get(blog))
			.andExpect(content().string(containsString("Weekbericht 12")))
			.andExpect(content().string(not(containsString("Weekbericht 01"))))
			.andExpect(content().string(containsString("href=\"" + blog + "?pagina=2\"")));
		this.mvc.perform(get(blog + "?pagina=2"))
			.andExpect(content().string(containsString("Weekbericht 01")))
			.andExpect(content().string(not(containsString("Weekbericht 12"))));
	}

	@Test
	void commentsUnderAConceptCannotBeReachedByOthers() throws Exception {
		WrittenPost post = this.posts.published(PostKind.NIEUWS, null, "Eerst openbaar", this.redacteur);
		MemberPrincipal commenter = this.people.member("Carla Commentaar");
		String location = this.mvc
			.perform(post("/berichten/" + post.slug() + "/reacties").with(user(commenter))
				.with(csrf())
				.param("text", "Mijn reactie"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.indexOf("#reactie-") + 9);
		this.mvc
			.perform(post(post.path() + "/bewerken").with(user(this.redacteur))
				.with(csrf())
				.param("title", "Eerst openbaar")
				.param("body", "Terug naar concept")
				.param("version", String.valueOf(post.version()))
				.param("actie", "concept"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(post("/reacties/" + id + "/melden").with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/reacties/" + id + "/bewerken").with(user(commenter))).andExpect(status().isNotFound());
	}

	@Test
	void unknownPostsAndPostsUnderTheWrongAddressAre404() throws Exception {
		WrittenPost news = this.posts.published(PostKind.NIEUWS, null, "Op zijn plek", this.redacteur);
		this.mvc.perform(get("/nieuws/bestaat-niet")).andExpect(status().isNotFound());
		this.mvc.perform(get("/cafeblog/" + news.slug())).andExpect(status().isNotFound());
		this.mvc.perform(get("/doetanks/" + this.doetank + "/blog/" + news.slug())).andExpect(status().isNotFound());
	}

}
