package nl.clubhuis.doetank;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A text that does not belong in a Doetank's public history (a citizen service number
 * that was in the vraagstuk for a day) is taken out by a beheerder, wherever it stands in
 * that history, after a confirmation; who changed what and when stays, and the logboek
 * names the beheerder.
 */
@IntegrationTest
class HistoryTextRemovalTest {

	static final String WITH_BSN = "Mevrouw J. (BSN 123456782) kreeg drie brieven over hetzelfde.";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	JdbcTemplate jdbc;

	MemberPrincipal trekker;

	MemberPrincipal beheerder;

	String slug;

	long doetankId;

	long added;

	@BeforeEach
	void aVraagstukThatOnceNamedSomeone() {
		this.trekker = this.people.member("Tessa Trekker");
		this.beheerder = this.people.beheerder("Bea Beheer");
		this.slug = this.doetanks.active(this.trekker, this.people.coach("Cor Coach"));
		this.doetankId = this.jdbc.queryForObject("SELECT id FROM doetank WHERE slug = ?", Long.class, this.slug);
		String now = this.jdbc.queryForObject("SELECT vraagstuk FROM doetank WHERE id = ?", String.class,
				this.doetankId);
		this.added = revision("[{\"field\": \"vraagstuk\", \"old\": \"Eerst.\", \"now\": \"" + WITH_BSN + "\"}]");
		revision("[{\"field\": \"vraagstuk\", \"old\": \"" + WITH_BSN + "\", \"now\": \"" + now + "\"}]");
	}

	@Test
	void aBeheerderTakesTheTextOutOfEveryPlaceInTheHistory() throws Exception {
		String history = "/doetanks/" + this.slug + "/geschiedenis";
		assertThat(Html.of(this.mvc.perform(get(history))).text("main")).contains("123456782");
		String link = history + "/" + this.added + "/vraagstuk/verwijderen?tekst=nieuw";
		assertThat(Html.of(this.mvc.perform(get(history).with(user(this.beheerder)))).links(".revisions"))
			.contains(link);
		assertThat(Html.of(this.mvc.perform(get(history).with(user(this.trekker)))).has(".revision__remove")).isFalse();

		Html confirm = Html.of(this.mvc.perform(get(link).with(user(this.beheerder))).andExpect(status().isOk()));
		assertThat(confirm.text(".history-remove__text")).isEqualTo(WITH_BSN);
		assertThat(confirm.has(".alert")).as("the description no longer says it").isFalse();

		for (int click = 0; click < 2; click++) {
			this.mvc
				.perform(post(history + "/" + this.added + "/vraagstuk/verwijderen").param("tekst", "nieuw")
					.with(user(this.beheerder))
					.with(csrf()))
				.andExpect(redirectedUrl(history));
		}

		Html after = Html.of(this.mvc.perform(get(history)));
		assertThat(after.text("main")).doesNotContain("123456782");
		assertThat(after.texts(".revision__removed")).hasSize(2)
			.containsOnly("(uit de geschiedenis gehaald door een beheerder)");
		assertThat(after.texts(".revision .prose")).contains("Eerst.");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE actor_id = ? AND detail = 'HISTORY_TEXT_REMOVED'",
				Integer.class, this.beheerder.id()))
			.as("logged once: the second click found nothing")
			.isEqualTo(1);
	}

	@Test
	void whileTheDescriptionStillSaysItTheTextStays() throws Exception {
		long current = this.jdbc.queryForObject(
				"SELECT id FROM doetank_revision WHERE doetank_id = ? ORDER BY id DESC LIMIT 1", Long.class,
				this.doetankId);
		Html confirm = Html
			.of(this.mvc.perform(get("/doetanks/" + this.slug + "/geschiedenis/" + current + "/vraagstuk/verwijderen")
				.param("tekst", "nieuw")
				.with(user(this.beheerder))));
		assertThat(confirm.text(".alert")).startsWith("De beschrijving van de Doetank zegt dit nu nog.");
		assertThat(confirm.links(".alert")).containsExactly("/doetanks/" + this.slug + "/bewerken");
		assertThat(confirm.has("form[method=post]:not([action*=uitloggen])")).as("change the description first")
			.isFalse();

		this.mvc
			.perform(post("/doetanks/" + this.slug + "/geschiedenis/" + current + "/vraagstuk/verwijderen")
				.param("tekst", "nieuw")
				.with(user(this.beheerder))
				.with(csrf()))
			.andExpect(flash().attribute("flashProblem", "revision.remove.stillInDescription"));
		assertThat(this.jdbc.queryForObject("SELECT changes::text FROM doetank_revision WHERE id = ?", String.class,
				current))
			.doesNotContain("Removed");
	}

	@Test
	void onlyABeheerderAndOnlyAFreeTextOfThisDoetank() throws Exception {
		String link = "/doetanks/" + this.slug + "/geschiedenis/" + this.added + "/vraagstuk/verwijderen";
		this.mvc.perform(post(link).param("tekst", "nieuw").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post(link).param("tekst", "nieuw").with(user(this.trekker)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(link).param("tekst", "nieuw").with(user(this.trekker))).andExpect(status().isForbidden());
		this.mvc.perform(get(link).param("tekst", "anders").with(user(this.beheerder)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/doetanks/" + this.slug + "/geschiedenis/" + this.added + "/theme/verwijderen")
				.param("tekst", "nieuw")
				.with(user(this.beheerder)))
			.andExpect(status().isNotFound());
		String other = this.doetanks.active(this.people.member("Olga Ander"), this.people.coach("Kees Coach"));
		this.mvc
			.perform(get("/doetanks/" + other + "/geschiedenis/" + this.added + "/vraagstuk/verwijderen")
				.param("tekst", "nieuw")
				.with(user(this.beheerder)))
			.andExpect(status().isNotFound());
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + this.slug + "/geschiedenis"))).text("main"))
			.contains("123456782");
	}

	private long revision(String changes) {
		return this.jdbc.queryForObject("""
				INSERT INTO doetank_revision (doetank_id, author_id, at, cause, changes)
				VALUES (?, ?, now(), 'BEWERKING', ?::jsonb) RETURNING id""", Long.class, this.doetankId,
				this.trekker.id(), changes);
	}

}
