package nl.clubhuis.moderation;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Doetank's blog post is published without an editor, so members report it like any
 * other text a member wrote. The redactie hides it with a word: gone for the network and
 * the rest of the team, kept for its author (who reads why) and the redactie, and listed
 * among what the redactie hid, where a mistake is undone.
 */
@IntegrationTest
class PostReportingTest {

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

	MemberPrincipal author;

	MemberPrincipal coach;

	MemberPrincipal redacteur;

	String doetank;

	WrittenPost post;

	@BeforeEach
	void aBlogPostOnADoetank() {
		this.author = this.people.member("Bram Blogger");
		this.coach = this.people.coach("Carla Coach");
		this.redacteur = this.people.redacteur("Renske Redactie");
		this.doetank = this.doetanks.active(this.author, this.coach);
		this.post = this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Onze deelnemers " + System.nanoTime(),
				this.author);
	}

	@Test
	void othersReportItTheAuthorDoesNotAndNewsHasItsEditors() throws Exception {
		MemberPrincipal reader = this.people.member("Lies Lezer");
		assertThat(Html.of(this.mvc.perform(get(this.post.path()).with(user(reader)))).links(".post__report"))
			.containsExactly("/melden?soort=POST&id=" + this.post.id());
		assertThat(Html.of(this.mvc.perform(get(this.post.path()).with(user(this.author)))).has(".post__report"))
			.isFalse();
		this.mvc.perform(get("/melden").param("soort", "POST").param("id", "" + this.post.id()).with(user(this.author)))
			.andExpect(status().isForbidden());

		WrittenPost news = this.posts.published(PostKind.NIEUWS, null, "Nieuws " + System.nanoTime(), this.redacteur);
		assertThat(Html.of(this.mvc.perform(get(news.path()).with(user(reader)))).has(".post__report")).isFalse();
		this.mvc.perform(get("/melden").param("soort", "POST").param("id", "" + news.id()).with(user(reader)))
			.andExpect(status().isNotFound());

		report(reader, "Er staat een volledige deelnemerslijst in").andExpect(redirectedUrl(this.post.path()));
		Html queue = Html.of(this.mvc.perform(get("/redactie/meldingen").with(user(this.redacteur))));
		assertThat(queue.text(card() + " .report-card__title")).contains("Blogbericht of beschouwing")
			.contains("Bram Blogger");
		assertThat(queue.text(card() + " .report-card__excerpt")).startsWith(this.post.title());
		assertThat(queue.links(card())).contains(this.post.path());
	}

	@Test
	void hiddenItIsGoneForTheNetworkAndTheTeamAndTheAuthorReadsWhy() throws Exception {
		assertThat(kindsOf(this.coach)).as("the team heard of the new post").contains("NEW_POST");
		report(this.people.member("Lies Melder"), "Persoonsgegevens");
		hide("Er staan namen van deelnemers in.").andExpect(redirectedUrl("/redactie/meldingen"));
		assertThat(kindsOf(this.coach)).as("nothing points at the hidden post any more").doesNotContain("NEW_POST");

		this.mvc.perform(get(this.post.path())).andExpect(status().isNotFound());
		this.mvc.perform(get(this.post.path()).with(user(this.coach))).andExpect(status().isNotFound());
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + this.doetank + "/blog"))).text("main"))
			.doesNotContain(this.post.title());

		Html own = Html.of(this.mvc.perform(get(this.post.path()).with(user(this.author))));
		assertThat(own.texts(".post__hidden p")).containsExactly(
				"De redactie verborg je bericht: Er staan namen van deelnemers in.",
				"Alleen jij, de redactie en beheerders zien het nog. Je kunt het aanpassen; de redactie kan het daarna weer tonen.");
		assertThat(own.has("#reageren")).as("no comments under a hidden post").isFalse();
		assertThat(this.jdbc.queryForList("SELECT kind || ' ' || arguments[1] FROM notification WHERE member_id = ?",
				String.class, this.author.id()))
			.containsExactly("CONTENT_HIDDEN Er staan namen van deelnemers in.");
		Html seenByRedactie = Html.of(this.mvc.perform(get(this.post.path()).with(user(this.redacteur))));
		assertThat(seenByRedactie.texts(".post__hidden p"))
			.containsExactly("Verborgen door de redactie: Er staan namen van deelnemers in.");
		// What is hidden is not reported again.
		this.mvc.perform(get("/melden").param("soort", "POST").param("id", "" + this.post.id()).with(user(this.coach)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theRedactieUndoesAHideFromItsListOfWhatItHid() throws Exception {
		report(this.people.member("Lies Vergist"), "Reclame");
		hide("");
		assertThat(this.jdbc.queryForObject(
				"SELECT arguments[1] FROM notification WHERE member_id = ? AND kind = 'CONTENT_HIDDEN'", String.class,
				this.author.id()))
			.as("without a word the author reads which text, quoted")
			.startsWith("„" + this.post.title() + " — ");
		Html hidden = Html.of(this.mvc.perform(get("/redactie/meldingen/verborgen").with(user(this.redacteur))));
		assertThat(hidden.text(hiddenCard() + " .report-card__title")).contains("Verborgen door de redactie");
		this.mvc
			.perform(post("/redactie/meldingen/herstellen").with(user(this.redacteur))
				.with(csrf())
				.param("soort", "POST")
				.param("id", "" + this.post.id())
				.param("terug", "verborgen"))
			.andExpect(redirectedUrl("/redactie/meldingen/verborgen"));

		this.mvc.perform(get(this.post.path())).andExpect(status().isOk());
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + this.doetank + "/blog"))).text("main"))
			.contains(this.post.title());
		Html after = Html.of(this.mvc.perform(get("/redactie/meldingen/verborgen").with(user(this.redacteur))));
		assertThat(after.text(hiddenCard() + " .report-card__title")).contains("Weer zichtbaar");
		assertThat(after.has(hiddenCard() + " form")).isFalse();
	}

	@Test
	void theRedactieHidesAndRestoresFromThePostItselfAndOnlyTheRedactie() throws Exception {
		assertThat(Html.of(this.mvc.perform(get(this.post.path()).with(user(this.author)))).has(".post__moderate"))
			.isFalse();
		Html page = Html.of(this.mvc.perform(get(this.post.path()).with(user(this.redacteur))));
		assertThat(page.label("woord")).isEqualTo("Een woord aan de schrijver (niet verplicht)");

		this.mvc
			.perform(post("/redactie/meldingen/verbergen").with(user(this.author))
				.with(csrf())
				.param("soort", "POST")
				.param("id", "" + this.post.id())
				.param("terug", "pagina"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/redactie/meldingen/verborgen").with(user(this.author)))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post("/redactie/meldingen/verbergen").with(user(this.redacteur))
				.with(csrf())
				.param("soort", "POST")
				.param("id", "" + this.post.id())
				.param("woord", "Even niet")
				.param("terug", "pagina"))
			.andExpect(redirectedUrl(this.post.path()));
		this.mvc.perform(get(this.post.path())).andExpect(status().isNotFound());
		assertThat(Html.of(this.mvc.perform(get("/redactie/meldingen/verborgen").with(user(this.redacteur))))
			.has(hiddenCard() + " form")).as("hidden without a report, still listed to undo").isTrue();
		this.mvc
			.perform(post("/redactie/meldingen/herstellen").with(user(this.redacteur))
				.with(csrf())
				.param("soort", "POST")
				.param("id", "" + this.post.id())
				.param("terug", "pagina"))
			.andExpect(redirectedUrl(this.post.path()));
		this.mvc.perform(get(this.post.path())).andExpect(status().isOk());
	}

	private java.util.List<String> kindsOf(MemberPrincipal member) {
		return this.jdbc.queryForList("SELECT kind FROM notification WHERE member_id = ?", String.class, member.id());
	}

	private String card() {
		return "#melding-POST-" + this.post.id();
	}

	private String hiddenCard() {
		return "#verborgen-POST-" + this.post.id();
	}

	private ResultActions hide(String word) throws Exception {
		return this.mvc.perform(post("/redactie/meldingen/verbergen").with(user(this.redacteur))
			.with(csrf())
			.param("soort", "POST")
			.param("id", "" + this.post.id())
			.param("woord", word));
	}

	private ResultActions report(MemberPrincipal reporter, String reason) throws Exception {
		return this.mvc.perform(post("/melden").with(user(reporter))
			.with(csrf())
			.param("soort", "POST")
			.param("id", "" + this.post.id())
			.param("reason", reason));
	}

}
