package nl.clubhuis.site;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.agenda.EventRef;
import nl.clubhuis.agenda.RegistrationService;
import nl.clubhuis.agenda.TestEvents;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import nl.clubhuis.route.GateReviewCommand;
import nl.clubhuis.route.GateReviewService;
import nl.clubhuis.route.MilestoneEntry;
import nl.clubhuis.route.MilestoneService;
import nl.clubhuis.toolkit.TestWerkvormen;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What members write is Dutch; on a page in English a screen reader must read it as Dutch
 * (WCAG 2.1, 3.1.2 language of parts). Every text that members wrote here carries one
 * unusual word, and on each page in English that word must sit inside an element marked
 * {@code lang="nl"}.
 */
@IntegrationTest
class MemberTextLanguageTest {

	private static final String WORD = "Kwaakbrug";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestPosts posts;

	@Autowired
	TestEvents events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	MilestoneService milestones;

	@Autowired
	GateReviewService reviews;

	@Autowired
	TestWerkvormen werkvormen;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everythingMembersWroteIsMarkedDutchOnEnglishPages() throws Exception {
		String trekkerName = "Tessa Trekker " + UUID.randomUUID().toString().substring(0, 8);
		MemberPrincipal trekker = this.people.member(trekkerName);
		MemberPrincipal coach = this.people.coach("Kees Coach");
		MemberPrincipal colleague = this.people.member("Bram Buur");
		String slug = this.doetanks.inPhase(Phase.SCHETSEN, trekker, coach);
		GateReviewCommand stay = this.doetanks.review(slug, GateDecision.Kind.BLIJVEN);
		this.reviews.record(slug, new GateReviewCommand(stay.heldOn(), stay.coachIds(), stay.answers(),
				WORD + " reflectie", new GateDecision.Blijven(WORD + " afspraken"), null), coach);
		Long milestone = this.milestones.add(slug,
				new MilestoneEntry(TestDoetanks.today(), WORD + " mijlpaal", WORD + " gevierd.", null), trekker);
		TestPosts.WrittenPost blog = this.posts.publishedAt(PostKind.DOETANKBLOG, slug, WORD + " blog", trekker,
				Instant.now());
		MemberPrincipal redacteur = this.people.redacteur("Ria Redacteur");
		TestPosts.WrittenPost news = this.posts.publishedAt(PostKind.NIEUWS, null, WORD + " nieuws", redacteur,
				Instant.now());
		String werkvorm = this.werkvormen.create(WORD + " werkvorm " + UUID.randomUUID(), Set.of(Phase.SCHETSEN),
				Set.of(), redacteur);
		this.mvc
			.perform(post("/berichten/" + news.slug() + "/reacties").with(user(colleague))
				.with(csrf())
				.param("text", WORD + " reactie"))
			.andExpect(status().is3xxRedirection());
		EventRef meeting = this.events.meeting(slug, trekker);
		this.registrations.register(meeting.slug(), WORD + " opmerking", coach);
		long question = this.jdbc.queryForObject("""
				INSERT INTO question (submission, asker_id, title, slug, body, asked_at)
				VALUES (gen_random_uuid(), ?, ?, 'kwaakbrug', ?, now())
				RETURNING id""", Long.class, colleague.id(), WORD + " vraag?", WORD + " toelichting");
		this.mvc
			.perform(post("/vragen/" + question + "/antwoorden").with(user(trekker))
				.with(csrf())
				.param("submission", UUID.randomUUID().toString())
				.param("body", WORD + " antwoord"))
			.andExpect(status().is3xxRedirection());
		this.jdbc.update("""
				UPDATE doetank SET title = title || ' ' || ?, vraagstuk = ? || ' vraagstuk',
				 ambition = ? || ' ambitie', looking_for_note = ? || ' zoekt'
				WHERE slug = ?""", WORD, WORD, WORD, WORD, slug);
		this.jdbc.update("UPDATE event SET title = title || ' ' || ?, description = ? || ' beschrijving',"
				+ " excerpt = ? || ' beschrijving' WHERE slug = ?", WORD, WORD, WORD, meeting.slug());
		this.jdbc.update("UPDATE member SET bio = ? || ' over mij', job_title = ? || ' adviseur' WHERE id = ?", WORD,
				WORD, trekker.id());
		String trekkerPage = this.jdbc.queryForObject("SELECT slug FROM member WHERE id = ?", String.class,
				trekker.id());

		this.mvc
			.perform(post("/volgen").param("soort", "doetank")
				.param("id",
						String.valueOf(
								this.jdbc.queryForObject("SELECT id FROM doetank WHERE slug = ?", Long.class, slug)))
				.with(user(colleague))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		List<String> unmarked = new ArrayList<>();
		for (String path : List.of("/", "/doetanks?zoek=" + WORD, "/doetanks/" + slug, blog.path(), news.path(),
				"/nieuws", "/blogs", meeting.path(), "/vragen", "/vragen/" + question + "-kwaakbrug", "/toolkit",
				"/toolkit/" + werkvorm, "/toolkit?fase=SCHETSEN")) {
			unmarked.addAll(unmarked(get(URI.create(english(path))), path + " (visitor)"));
		}
		for (String path : List.of("/", "/mijn", "/doetanks/" + slug, "/doetanks/" + slug + "/team", blog.path(),
				news.path(), meeting.path(), meeting.path() + "/aanmeldingen", "/vragen/" + question + "-kwaakbrug",
				"/zoeken?q=" + WORD, "/doetanks/" + slug + "/geschiedenis", "/leden/" + trekkerPage,
				"/leden?naam=" + trekkerName.replace(" ", "%20"), "/doetanks/" + slug + "/bewerken",
				"/doetanks/" + slug + "/blog", "/doetanks/" + slug + "/mijlpalen/" + milestone + "/verwijderen",
				"/agenda/nieuw?doetank=" + slug, "/doetanks/" + slug + "/verlaten")) {
			unmarked.addAll(unmarked(get(URI.create(english(path))).with(user(trekker)), path + " (trekker)"));
		}
		unmarked.addAll(
				unmarked(get(URI.create(english("/mijn/meldingen"))).with(user(colleague)), "/mijn/meldingen (asker)"));
		unmarked.addAll(unmarked(get(URI.create(english("/mijn/agenda"))).with(user(coach)), "/mijn/agenda (coach)"));
		unmarked
			.addAll(unmarked(get(URI.create(english("/mijn/volgend"))).with(user(colleague)), "/mijn/volgend (asker)"));
		unmarked.addAll(unmarked(get(URI.create(english("/doetanks/" + slug + "/bericht"))).with(user(colleague)),
				"contact form (colleague)"));
		unmarked.addAll(unmarked(get(URI.create(english("/toolkit/" + werkvorm + "/bewerken"))).with(user(redacteur)),
				"werkvorm form (redacteur)"));

		this.jdbc.update("UPDATE answer SET hidden_at = now(), hidden_reason = ? || ' reden' WHERE question_id = ?",
				WORD, question);
		unmarked.addAll(unmarked(get(URI.create(english("/vragen/" + question + "-kwaakbrug"))).with(user(trekker)),
				"hidden answer (its writer)"));
		assertThat(unmarked).isEmpty();
	}

	@Test
	void theRedactiesEnglishTextIsNotMarkedDutch() throws Exception {
		assertThat(Html.of(this.mvc.perform(get("/over?lang=en"))).one("article.about").attr("lang")).isEqualTo("en");
		assertThat(Html.of(this.mvc.perform(get("/over?lang=nl"))).one("article.about").attr("lang")).isEqualTo("nl");
	}

	private static String english(String path) {
		return path + (path.contains("?") ? "&" : "?") + "lang=en";
	}

	/**
	 * Each text with the word whose nearest {@code lang} is not Dutch, with its place.
	 */
	private List<String> unmarked(MockHttpServletRequestBuilder request, String where) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(where).isEqualTo(200);
		Html page = Html.of(result);
		assertThat(page.lang()).as(where).isEqualTo("en");
		assertThat(page.text()).as(where).contains(WORD);
		List<String> found = new ArrayList<>();
		NodeTraversor.traverse((Node node, int depth) -> {
			if (node instanceof TextNode text && text.text().contains(WORD) && !text.parent().nameIs("textarea")) {
				Element parent = (Element) text.parent();
				Element marked = parent.closest("[lang]");
				if (marked == null || !marked.attr("lang").equals("nl")) {
					found.add(where + ": <" + parent.tagName() + " class=" + parent.className() + "> " + text.text());
				}
			}
		}, page.document().body());
		return found;
	}

}
