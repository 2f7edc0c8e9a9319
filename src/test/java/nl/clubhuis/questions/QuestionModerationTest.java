package nl.clubhuis.questions;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An answer to a question goes through the redactie's one moderation queue: a member
 * reports it from the question page, the redactie hides it with a word, it is gone for
 * others, and its author reads why (on the page and as a notification).
 */
@IntegrationTest
class QuestionModerationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	MemberPrincipal asker;

	MemberPrincipal author;

	MemberPrincipal redacteur;

	long question;

	long answer;

	String path;

	@BeforeEach
	void aQuestionWithAnAnswer() {
		this.asker = this.people.member("Vera Vraag");
		this.author = this.people.member("Adam Antwoord");
		this.redacteur = this.people.redacteur("Roos Redactie");
		this.question = this.jdbc.queryForObject("""
				INSERT INTO question (submission, asker_id, title, slug, body, asked_at)
				VALUES (gen_random_uuid(), ?, 'Wie kent een goede testlocatie?', 'testlocatie', 'Graag tips.', now())
				RETURNING id""", Long.class, this.asker.id());
		this.answer = this.jdbc.queryForObject("""
				INSERT INTO answer (submission, question_id, author_id, body, written_at)
				VALUES (gen_random_uuid(), ?, ?, 'Koop mijn cursus op example.com', now()) RETURNING id""", Long.class,
				this.question, this.author.id());
		this.path = QuestionSummary.pathOf(this.question, "testlocatie");
	}

	@Test
	void aReportedAnswerIsHiddenByTheRedactieAndItsAuthorReadsWhy() throws Exception {
		Html page = Html.of(this.mvc.perform(get(this.path).with(user(this.asker))));
		assertThat(page.one(".answer__report a").attr("href")).contains("soort=ANSWER");
		assertThat(Html.of(this.mvc.perform(get(this.path).with(user(this.author)))).has(".answer__report")).isFalse();

		this.mvc
			.perform(post("/melden").param("soort", "ANSWER")
				.param("id", String.valueOf(this.answer))
				.param("reason", "Reclame")
				.with(user(this.asker))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Html queue = Html.of(this.mvc.perform(get("/redactie/meldingen").with(user(this.redacteur))));
		assertThat(queue.text()).contains("Koop mijn cursus");

		this.mvc
			.perform(post("/redactie/meldingen/verbergen").param("soort", "ANSWER")
				.param("id", String.valueOf(this.answer))
				.param("woord", "Geen reclame, graag")
				.with(user(this.redacteur))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(Html.of(this.mvc.perform(get(this.path).with(user(this.asker)))).text())
			.doesNotContain("Koop mijn cursus");
		assertThat(Html.of(this.mvc.perform(get(this.path).with(user(this.author)))).text())
			.contains("Geen reclame, graag");
		assertThat(this.jdbc.queryForList("SELECT kind FROM notification WHERE member_id = ?", String.class,
				this.author.id()))
			.contains("CONTENT_HIDDEN");
	}

	@Test
	void theRedactiesWordMayBeAsLongAsItsFieldAllowsForEachKind() throws Exception {
		long comment = this.jdbc.queryForObject("""
				INSERT INTO answer_comment (submission, answer_id, author_id, body, written_at)
				VALUES (gen_random_uuid(), ?, ?, 'Bel mij', now()) RETURNING id""", Long.class, this.answer,
				this.asker.id());
		String word = "Dit hoort hier niet. ".repeat(47) + "Lees regels.";
		for (String[] kind : new String[][] { { "ANSWER_COMMENT", "" + comment }, { "ANSWER", "" + this.answer },
				{ "QUESTION", "" + this.question } }) {
			this.mvc
				.perform(post("/melden").param("soort", kind[0])
					.param("id", kind[1])
					.param("reason", "Reclame")
					.with(user(this.people.member("Melder " + kind[0])))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(Html.of(this.mvc.perform(get("/redactie/meldingen").with(user(this.redacteur))))
				.one("#woord-" + kind[0] + "-" + kind[1])
				.attr("maxlength")).isEqualTo("1000");
			this.mvc
				.perform(post("/redactie/meldingen/verbergen").param("soort", kind[0])
					.param("id", kind[1])
					.param("woord", word)
					.with(user(this.redacteur))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(this.jdbc.queryForList("""
				SELECT length(hidden_reason) FROM question WHERE id = ?
				UNION ALL SELECT length(hidden_reason) FROM answer WHERE id = ?
				UNION ALL SELECT length(hidden_reason) FROM answer_comment WHERE id = ?""", Integer.class,
				this.question, this.answer, comment))
			.containsExactly(999, 999, 999);
	}

}
