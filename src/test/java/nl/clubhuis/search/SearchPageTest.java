package nl.clubhuis.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /zoeken finds public things by their Dutch word stems, ranks titles first, escapes the
 * snippet before marking it, and finds nothing that is not public, for anyone.
 */
@IntegrationTest
class SearchPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestPosts posts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	@Autowired
	Search search;

	static String word() {
		StringBuilder word = new StringBuilder("zoek");
		for (char c : UUID.randomUUID().toString().replaceAll("[^a-f]", "").toCharArray()) {
			word.append((char) ('k' + (c - 'a')));
		}
		return word.toString();
	}

	Html search(String query, MemberPrincipal viewer) throws Exception {
		var request = get("/zoeken").param("q", query);
		if (viewer != null) {
			request = request.with(user(viewer));
		}
		return Html.of(this.mvc.perform(request).andExpect(status().isOk()));
	}

	String vraagstuk(String slug, String text) {
		this.jdbc.update("UPDATE doetank SET vraagstuk = ? WHERE slug = ?", text, slug);
		return slug;
	}

	/** A question straight in its table; its address. */
	String question(MemberPrincipal asker, String title, String body) {
		String slug = "vraag-" + UUID.randomUUID();
		Long id = this.jdbc.queryForObject(
				"INSERT INTO question (submission, asker_id, title, slug, body, asked_at) VALUES (?, ?, ?, ?, ?, ?)"
						+ " RETURNING id",
				Long.class, UUID.randomUUID(), asker.id(), title, slug, body, Timestamp.from(Instant.now()));
		return "/vragen/" + id + "-" + slug;
	}

	void answer(String questionPath, MemberPrincipal author, String body, boolean hidden) {
		String questionSlug = questionPath.substring(questionPath.indexOf('-') + 1);
		this.jdbc.update("""
				INSERT INTO answer (submission, question_id, author_id, body, written_at, hidden_at)
				SELECT ?, id, ?, ?, now(), ? FROM question WHERE slug = ?""", UUID.randomUUID(), author.id(), body,
				hidden ? Timestamp.from(Instant.now()) : null, questionSlug);
	}

	@Test
	void dutchWordFormsFindEachOther() throws Exception {
		String word = word();
		MemberPrincipal trekker = this.people.member("Stam Trekker");
		String slug = vraagstuk(this.doetanks.active(trekker, this.people.coach("Stam Coach")),
				"De gemeente wil experimenteren met " + word + ".");

		assertThat(search(word, null).links(".search-result__title a")).containsExactly("/doetanks/" + slug);
		Html page = search("gemeentes " + word, null);
		assertThat(page.links(".search-result__title a")).containsExactly("/doetanks/" + slug);
		assertThat(page.texts(".search-result__snippet mark")).contains("gemeente", word);
		assertThat(search("experimenten " + word, null).links(".search-result__title a"))
			.containsExactly("/doetanks/" + slug);
		assertThat(search("experimenteert " + word, null).links(".search-result__title a"))
			.containsExactly("/doetanks/" + slug);
		assertThat(search("wijken " + word, null).all(".search-result")).isEmpty();
	}

	@Test
	void theLanguageOfThePagesDoesNotChangeWhatMatches() throws Exception {
		String word = word();
		MemberPrincipal trekker = this.people.member("Taal Trekker");
		String slug = vraagstuk(this.doetanks.active(trekker, this.people.coach("Taal Coach")),
				"Gemeentes experimenteren met " + word + ".");

		Html english = Html.of(this.mvc.perform(get("/zoeken?lang=en").param("q", "gemeente " + word)));
		assertThat(english.links(".search-result__title a")).containsExactly("/doetanks/" + slug);
		assertThat(english.text("h1")).isEqualTo("Search");
		assertThat(english.text(".search-count")).isEqualTo("1 result");
	}

	@Test
	void aTypoInATitleGetsASuggestion() throws Exception {
		String word = word();
		String title = "Kennisbehoud " + word;
		MemberPrincipal trekker = this.people.member("Typo Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Typo Coach"));
		this.jdbc.update("UPDATE doetank SET title = ? WHERE slug = ?", title, slug);
		String typo = word.substring(0, 4) + word.substring(5);

		Html page = search(typo, null);
		assertThat(page.all(".search-result")).isEmpty();
		assertThat(page.text(".search-suggestion a")).isEqualTo(title);
		Html suggested = Html
			.of(this.mvc.perform(get(java.net.URI.create(page.one(".search-suggestion a").attr("href")))));
		assertThat(suggested.links(".search-result__title a")).containsExactly("/doetanks/" + slug);
		assertThat(suggested.has(".search-suggestion")).isFalse();
	}

	@Test
	void phrasesAndExclusionsAreWebSearchSyntax() throws Exception {
		String word = word();
		MemberPrincipal asker = this.people.member("Frase Vrager");
		String green = question(asker, "Groene daken " + word, "Wie weet iets van groene daken?");
		String blue = question(asker, "Blauwe daken " + word, "Daken die groene planten dragen.");

		assertThat(search(word + " \"groene daken\"", null).links(".search-result__title a")).containsExactly(green);
		assertThat(search(word + " -blauwe", null).links(".search-result__title a")).containsExactly(green);
		assertThat(search(word, null).links(".search-result__title a")).containsExactlyInAnyOrder(green, blue);
		this.mvc.perform(get(green)).andExpect(status().isOk());
	}

	@Test
	void eachViewerFindsWhatTheyMayReadAndNothingMore() throws Exception {
		String word = word();
		MemberPrincipal trekker = this.people.member("Zicht Trekker");
		MemberPrincipal coach = this.people.coach("Zicht Coach");
		MemberPrincipal redacteur = this.people.redacteur("Zicht Redacteur");
		MemberPrincipal member = this.people.member("Zicht Lid");
		MemberPrincipal otherTrekker = this.people.member("Andere Trekker");
		this.doetanks.active(otherTrekker, coach);
		MemberPrincipal hidden = this.people.member("Verscholen " + word);
		this.jdbc.update("UPDATE member SET profile_visibility = 'NIEMAND' WHERE id = ?", hidden.id());
		String proposal = vraagstuk(this.doetanks.proposal(trekker), "Voorstel over " + word);
		String team = this.doetanks.active(trekker, coach);
		this.jdbc.update("""
				INSERT INTO document (doetank_id, kind, phase, title, visibility, created_at)
				SELECT id, 'VERSLAG', 'INITIEREN', ?, 'TEAM', now() FROM doetank WHERE slug = ?""",
				"Teamverslag " + word, team);
		this.posts.concept(PostKind.NIEUWS, null, "Concept " + word, redacteur);
		this.posts.scheduled(PostKind.NIEUWS, null, "Ingepland " + word, redacteur);
		String question = question(member, "Een vraag", "Zomaar een vraag");
		answer(question, trekker, "Verborgen antwoord " + word, true);
		answer(question, otherTrekker, "Zichtbaar antwoord " + word + " <script>alert(1)</script>", false);

		for (MemberPrincipal viewer : new MemberPrincipal[] { null, member, otherTrekker }) {
			Html page = search(word, viewer);
			assertThat(page.all(".search-result")).hasSize(1);
			assertThat(page.one(".search-result").attr("data-kind")).isEqualTo("antwoord");
			assertThat(page.has(".search-result__snippet script")).isFalse();
			assertThat(page.text(".search-result__snippet")).contains("Zichtbaar antwoord", "alert(1)");
		}
		assertThat(kinds(search(word, trekker))).containsExactlyInAnyOrder("doetank", "document", "antwoord",
				"antwoord");
		assertThat(search(word, trekker).links(".search-result__title a")).contains("/doetanks/" + proposal,
				"/doetanks/" + team + "#documenten");
		assertThat(kinds(search(word, coach))).containsExactlyInAnyOrder("doetank", "document", "antwoord");
		assertThat(kinds(search(word, redacteur))).containsExactlyInAnyOrder("bericht", "bericht", "antwoord",
				"antwoord");
		assertThat(kinds(search(word, hidden))).containsExactlyInAnyOrder("profiel", "antwoord");
		this.mvc.perform(get(search(word, null).one(".search-result__title a").attr("href")))
			.andExpect(status().isOk());
	}

	private static java.util.List<String> kinds(Html page) {
		return page.all(".search-result").eachAttr("data-kind");
	}

	@Test
	void hostileQueriesGiveAPage() throws Exception {
		for (String query : new String[] { "'", ":*", "&|!", "a".repeat(2000), "nul\u0000teken", "\"", "-",
				"<mark>" }) {
			Html page = search(query, null);
			assertThat(page.text("label[for=site-zoek]")).isNotBlank();
			assertThat(page.one("form.site-search").attr("action")).isEqualTo("/zoeken");
		}
		this.mvc.perform(get("/zoeken").param("q", "x").param("pagina", "zeven").param("soort", "onzin"))
			.andExpect(status().isOk());
	}

	@Test
	void aSearchCostsTheSameStatementsForFewOrManyResults() throws Exception {
		String few = word();
		String many = word();
		MemberPrincipal asker = this.people.member("Tel Vrager");
		question(asker, "Eén " + few, "Tekst");
		for (int i = 0; i < 25; i++) {
			question(asker, "Veel " + many + " " + i, "Tekst " + i);
		}
		search("warmup", null);
		this.statements.reset();
		search(few, null);
		long forFew = this.statements.count();
		this.statements.reset();
		Html page = search(many, null);
		assertThat(this.statements.count()).isEqualTo(forFew);
		assertThat(page.all(".search-result")).hasSize(Search.PAGE_SIZE);
		assertThat(page.has(".pagination a[rel=next]")).isTrue();
	}

	@Test
	void aWordInMoreThanAThousandHitsOfOneKindSaysSoAndTheBestOfTheOtherKindsStillComeFirst() throws Exception {
		String word = word();
		MemberPrincipal asker = this.people.member("Veel Vrager");
		String question = question(asker, "Wie weet meer over " + word, "Tekst");
		long questionId = Long.parseLong(question.replaceAll("^/vragen/(\\d+)-.*$", "$1"));
		this.jdbc.update("INSERT INTO answer (submission, question_id, author_id, body, written_at)"
				+ " SELECT gen_random_uuid(), ?, ?, 'Antwoord ' || n || ' over ' || ?, now() - n * interval '1 minute'"
				+ " FROM generate_series(1, ?) n", questionId, asker.id(), word, Search.MOST_PER_KIND + 5);
		try {
			Html all = search(word, null);
			assertThat(all.texts(".search-counts a")).containsExactly("Vraag (1)", "Antwoord (1.000+)");
			assertThat(all.text(".search-count")).isEqualTo("Meer dan 1.001 resultaten");
			assertThat(all.has(".search-narrow")).isTrue();
			assertThat(all.all(".search-result").first().attr("data-kind")).isEqualTo("vraag");

			Html answers = Html.of(this.mvc.perform(get("/zoeken").param("q", word).param("soort", "antwoord"))
				.andExpect(status().isOk()));
			assertThat(answers.text(".search-count")).isEqualTo("Meer dan 1.000 resultaten");
			assertThat(answers.all(".search-result")).hasSize(Search.PAGE_SIZE);

			SearchResults read = this.search
				.find(new SearchFilter(word, "", null, null, null, null, Viewer.anonymous()), 1);
			assertThat(read.found().get("antwoord")).as("answers read").isEqualTo(Search.MOST_PER_KIND + 1);
		}
		finally {
			this.jdbc.update("DELETE FROM question WHERE id = ?", questionId);
		}
	}

	@Test
	void aKindWithFewHitsSaysNothingAboutNarrowing() throws Exception {
		String word = word();
		question(this.people.member("Weinig Vrager"), "Een vraag over " + word, "Tekst");

		Html page = search(word, null);

		assertThat(page.text(".search-count")).isEqualTo("1 resultaat");
		assertThat(page.has(".search-narrow")).isFalse();
	}

}
