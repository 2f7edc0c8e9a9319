package nl.clubhuis.publishing.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.servlet.http.Cookie;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.TwoClicks;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
		Html preview = Html.of(
				this.mvc
					.perform(post("/nieuws/nieuw").with(user(this.redacteur))
						.with(csrf())
						.param("title", "Het Grand Café komt eraan")
						.param("body", "## Programma\n\nMet **drie** Doetanks op het podium.")
						.param("actie", "voorbeeld"))
					.andExpect(status().isOk()));
		assertThat(preview.text(".preview .post__body h2")).isEqualTo("Programma");
		assertThat(preview.text(".preview .post__body strong")).isEqualTo("drie");
		assertThat(preview.value("title")).isEqualTo("Het Grand Café komt eraan");
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

		Html page = Html.of(this.mvc.perform(get(path)));
		assertThat(page.text(".post__meta")).contains("Door Roos Redacteur");
		assertThat(page.links(".tags")).contains("/tags/caf%C3%A9");
		assertThat(page.linkTexts("/tags/caf%C3%A9")).containsOnly("café");
		assertThat(Html.of(this.mvc.perform(get("/"))).text("main")).contains("Het Grand Café komt eraan");
	}

	@Test
	void newsSentTwiceIsPublishedOnceAndAnotherTextWithTheSameTitleIsNew() throws Exception {
		String title = "Netwerkdag in maart " + java.util.UUID.randomUUID();
		List<String> paths = new java.util.ArrayList<>();
		// saved as a concept first, then the same form sent to publish, twice
		List<String> actions = List.of("concept", "publiceren", "publiceren", "publiceren");
		List<String> bodies = List.of("Zet het in je agenda.", "Zet het in je agenda.", "Zet het in je agenda.",
				"Nu met programma.");
		for (int send = 0; send < actions.size(); send++) {
			paths.add(this.mvc
				.perform(post("/nieuws/nieuw").with(user(this.redacteur))
					.with(csrf())
					.param("title", title)
					.param("body", bodies.get(send))
					.param("tags", "publiceren".equals(actions.get(send)) ? "netwerkdag" : "")
					.param("actie", actions.get(send)))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl());
		}

		String published = this.mvc.perform(get(paths.get(1)))
			.andExpect(status().isOk())
			.andReturn()
			.getRequest()
			.getRequestURI();
		assertThat(paths.get(2)).isEqualTo(paths.get(1));
		assertThat(published).startsWith("/nieuws/netwerkdag-in-maart-").doesNotEndWith("-2");
		assertThat(Html.of(this.mvc.perform(get(paths.get(1)))).links(".tags")).as("what the second send added")
			.contains("/tags/netwerkdag");
		assertThat(paths.get(3)).isNotEqualTo(paths.get(1));
		assertThat(Html.of(this.mvc.perform(get("/nieuws"))).texts(".post-card__title")).filteredOn(title::equals)
			.hasSize(2);
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
		for (Document list : List.of(blog, page(get("/blogs")), page(get("/nieuws")))) {
			assertThat(skippedHeadingLevels(list)).as("headings that skip a level (WCAG 1.3.1)").isEmpty();
		}

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

	/** Each heading more than one level below the one before it, as "h1 > h3: title". */
	private static List<String> skippedHeadingLevels(Document page) {
		List<String> skipped = new ArrayList<>();
		int previous = 0;
		for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
			int level = heading.tagName().charAt(1) - '0';
			if (level > previous + 1) {
				skipped.add("h" + previous + " > " + heading.tagName() + ": " + heading.text());
			}
			previous = level;
		}
		return skipped;
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void aFormWithErrorsComesBackWithEverythingTyped() throws Exception {
		Html form = Html.of(
				this.mvc
					.perform(post("/doetanks/" + this.doetank + "/blog/nieuw").with(user(this.trekker))
						.with(csrf())
						.param("title", "Wat we leerden")
						.param("body", "")
						.param("tags", "ok, <niet>")
						.param("summary", "Mijn zorgvuldige samenvatting")
						.param("actie", "publiceren"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(form.text(".error-summary")).contains("Controleer de volgende velden");
		assertThat(form.fieldError("body")).isEqualTo("Vul dit veld in.");
		assertThat(form.fieldError("tags")).contains("Gebruik hooguit 6 tags");
		assertThat(form.value("title")).isEqualTo("Wat we leerden");
		assertThat(form.value("summary")).isEqualTo("Mijn zorgvuldige samenvatting");
		assertThat(form.value("tags")).isEqualTo("ok, <niet>");
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

		Html conflict = Html.of(
				this.mvc
					.perform(post(post.path() + "/bewerken").with(user(this.redacteur))
						.with(csrf())
						.param("title", "Samen bewerkt")
						.param("body", "Mijn zorgvuldige tweede versie")
						.param("version", String.valueOf(post.version()))
						.param("actie", "publiceren"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(conflict.text(".alert--error")).contains("Iemand anders heeft dit bericht opgeslagen");
		assertThat(conflict.value("body")).isEqualTo("Mijn zorgvuldige tweede versie");
	}

	@Test
	void conceptsAreNotFoundByAddressNorInFeeds() throws Exception {
		WrittenPost concept = this.posts.concept(PostKind.NIEUWS, null, "Geheim concept", this.redacteur);
		WrittenPost scheduled = this.posts.scheduled(PostKind.DOETANKBLOG, this.doetank, "Nog even geduld",
				this.trekker);

		this.mvc.perform(get(concept.path())).andExpect(status().isNotFound());
		this.mvc.perform(get(scheduled.path()).with(user(this.people.member("Nieuwsgierig"))))
			.andExpect(status().isNotFound());
		assertThat(Html
			.of(this.mvc.perform(get(concept.path()).with(user(this.redacteur))).andExpect(status().isOk()).andReturn())
			.text(".post__header .alert")).contains("Dit is een concept");
		for (String feed : List.of("/nieuws/feed", "/blogs/feed", "/doetanks/" + this.doetank + "/blog/feed")) {
			assertThat(feedEntries(feed)).as(feed).allSatisfy((entry) -> {
				assertThat(entry.getTitle()).doesNotContain("Geheim concept", "Nog even geduld");
				assertThat(entry.getId()).doesNotEndWith(concept.path()).doesNotEndWith(scheduled.path());
			});
		}
		assertThat(Html.of(this.mvc.perform(get("/nieuws"))).text()).doesNotContain("Geheim concept");
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
				assertThat(entry.getId()).as("the configured public address").startsWith("http://localhost:8080/");
				assertThat(entry.getTitle()).isNotBlank();
				assertThat(entry.getUpdated()).isNotNull();
				assertThat(entry.getAlternateLinks()).singleElement()
					.satisfies((link) -> assertThat(link.getHrefResolved()).isEqualTo(entry.getId()));
				assertThat(entry.getAuthors()).isNotEmpty();
			}
		}
		assertThat(feedEntries("/doetanks/" + this.doetank + "/blog/feed")).extracting(Entry::getTitle)
			.contains("Onze eerste proef")
			.allSatisfy((title) -> assertThat(title).doesNotContain("Nieuws voor de feed"));
	}

	@Test
	void pagesAdvertiseTheirFeed() throws Exception {
		WrittenPost post = this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Met een feed", this.trekker);
		String feed = "/doetanks/" + this.doetank + "/blog/feed";
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + this.doetank + "/blog"))).feeds()).contains(feed);
		assertThat(Html.of(this.mvc.perform(get(post.path()))).feeds()).contains(feed);
		assertThat(Html.of(this.mvc.perform(get(post.path()).with(user(this.trekker))).andExpect(status().isOk()))
			.linkTexts(post.path() + "/bewerken")).containsExactly("Bewerken");
		assertThat(Html.of(this.mvc.perform(get("/cafeblog"))).feeds()).contains("/cafeblog/feed");
		assertThat(Html.of(this.mvc.perform(get("/"))).feeds()).contains("/nieuws/feed");
	}

	@Test
	void aCommentSentTwiceEvenAtOnceIsOneComment() throws Exception {
		WrittenPost post = this.posts.published(PostKind.NIEUWS, null, "Twee keer verstuurd", this.redacteur);
		MemberPrincipal commenter = this.people.member("Dirk Dubbelklik");
		Callable<String> send = () -> this.mvc
			.perform(post("/berichten/" + post.slug() + "/reacties").with(user(commenter))
				.with(csrf())
				.param("text", "Mooi gedaan!  "))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		List<String> sent = TwoClicks.atOnce(send);
		assertThat(sent.get(0)).isEqualTo(sent.get(1));
		String resent = send.call();
		this.mvc
			.perform(post("/berichten/" + post.slug() + "/reacties").with(user(commenter))
				.with(csrf())
				.param("text", "En nog iets."))
			.andExpect(status().is3xxRedirection());

		Html page = Html.of(this.mvc.perform(get(post.path()).with(user(commenter))));
		assertThat(page.texts(".comment__text")).containsExactly("Mooi gedaan!", "En nog iets.");
		assertThat(resent).contains("#reactie-");
	}

	@Test
	void membersCommentAnyoneReportsARedacteurHidesAndRestores() throws Exception {
		WrittenPost post = this.posts.published(PostKind.NIEUWS, null, "Praat mee", this.redacteur);
		MemberPrincipal commenter = this.people.member("Rik Reageerder");

		assertThat(Html.of(this.mvc.perform(get(post.path()).with(user(commenter)))).label("text"))
			.contains("Je reactie");
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
		assertThat(Html.of(this.mvc.perform(get(post.path()).with(user(this.redacteur))))
			.text("#reactie-" + commentId + " .comment__meta")).contains("1 keer gemeld");
		this.mvc.perform(post("/reacties/" + commentId + "/verbergen").with(user(commenter)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(Html.of(this.mvc.perform(get("/redactie/reacties").with(user(this.redacteur)))).text("main"))
			.contains("Onaardige opmerking");
		this.mvc.perform(get("/redactie/reacties").with(user(commenter))).andExpect(status().isForbidden());

		this.mvc.perform(post("/reacties/" + commentId + "/verbergen").with(user(this.redacteur)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(Html.of(this.mvc.perform(get(post.path()))).text()).doesNotContain("Onaardige opmerking");

		this.mvc.perform(post("/reacties/" + commentId + "/herstellen").with(user(this.redacteur)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(Html.of(this.mvc.perform(get(post.path()))).texts(".comment__text"))
			.containsExactly("Onaardige opmerking");
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
		Html edited = Html.of(this.mvc.perform(get(post.path())));
		assertThat(edited.text("#reactie-" + id + " .comment__text")).isEqualTo("Tweede versie");
		assertThat(edited.text("#reactie-" + id + " .comment__meta")).contains("(bewerkt)");
		this.mvc.perform(post("/reacties/" + id + "/verwijderen").with(user(author)).with(csrf()))
			.andExpect(redirectedUrl(post.path() + "#reacties"));
		Html deleted = Html.of(this.mvc.perform(get(post.path())));
		assertThat(deleted.has("#reactie-" + id)).isFalse();
		assertThat(deleted.text()).doesNotContain("Tweede versie");
	}

	@Test
	void theSecondPageShowsTheNextPosts() throws Exception {
		MemberPrincipal writer = this.people.member("Bram Blogger");
		String doetank = this.doetanks.active(writer, this.people.coach("Coby Coach"));
		for (int i = 1; i <= PostCatalog.PAGE_SIZE + 2; i++) {
			this.posts.published(PostKind.DOETANKBLOG, doetank, String.format("Weekbericht %02d", i), writer);
		}
		String blog = "/doetanks/" + doetank + "/blog";
		Html first = Html.of(this.mvc.perform(get(blog)));
		assertThat(first.text("main")).contains("Weekbericht 12").doesNotContain("Weekbericht 01");
		assertThat(first.links(".pagination")).contains(blog + "?pagina=2");
		assertThat(Html.of(this.mvc.perform(get(blog + "?pagina=2"))).text("main")).contains("Weekbericht 01")
			.doesNotContain("Weekbericht 12");
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

	/** The entries of a feed, as a feed reader reads them. */
	private List<Entry> feedEntries(String feedPath) throws Exception {
		String xml = this.mvc.perform(get(feedPath))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)))).getEntries();
	}

}
