package nl.clubhuis.redactie;

import java.util.ArrayList;
import java.util.List;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.moderation.Moderation;
import nl.clubhuis.moderation.ReportKind;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
import nl.clubhuis.publishing.domain.CommentService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editorial desk shows the redactie concepts, the moderation queue, what is coming
 * and what just appeared, in a fixed number of statements; the questions section stays
 * away while no module answers for it; members are refused.
 */
@IntegrationTest
class EditorialDeskTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	TestPeople people;

	@Autowired
	TestPosts posts;

	@Autowired
	CommentService comments;

	@Autowired
	Moderation moderation;

	@Autowired
	StatementCounter statements;

	@Test
	void theRedactieSeesWhatWaitsForThem() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Desi Desk");
		MemberPrincipal author = this.people.member("Arie Auteur");
		WrittenPost concept = this.posts.concept(PostKind.NIEUWS, null, "Concept voor de desk", redacteur);
		WrittenPost post = this.posts.published(PostKind.NIEUWS, null, "Verschenen voor de desk", redacteur);
		long comment = this.comments.add(post.slug(), "Gemelde tekst voor de desk", author).comment().getId();
		this.moderation.report(ReportKind.COMMENT, comment, "Onaardig", this.people.member("Mel Melder"));

		long waiting = this.jdbc.queryForObject("""
				INSERT INTO question (submission, asker_id, title, slug, body, asked_at)
				VALUES (gen_random_uuid(), ?, 'Wie weet iets van aanbesteden?', 'aanbesteden', 'Graag.',
				        now() - interval '8 days') RETURNING id""", Long.class, author.id());
		long answered = this.jdbc.queryForObject("""
				INSERT INTO question (submission, asker_id, title, slug, body, asked_at)
				VALUES (gen_random_uuid(), ?, 'Wie kent een jurist?', 'jurist', 'Graag.', now()) RETURNING id""",
				Long.class, author.id());
		long answer = this.jdbc.queryForObject("""
				INSERT INTO answer (submission, question_id, author_id, body, written_at)
				VALUES (gen_random_uuid(), ?, ?, 'Vraag het de inkopers.', now()) RETURNING id""", Long.class, answered,
				redacteur.id());

		Html desk = Html.of(this.mvc.perform(get("/redactie").with(user(redacteur))));
		assertThat(desk.one("h1").text()).isEqualTo("Redactie");
		assertThat(desk.links("#concepten")).contains(concept.path());
		assertThat(desk.links("#recent")).contains(post.path());
		assertThat(desk.links("#meldingen")).contains("/redactie/meldingen#melding-COMMENT-" + comment);
		assertThat(desk.has("#agenda")).isTrue();
		assertThat(desk.links("#vragen")).as("questions waiting a week for an answer")
			.contains(nl.clubhuis.questions.QuestionSummary.pathOf(waiting, "aanbesteden"));
		assertThat(desk.links(".site-header")).contains("/redactie");
		assertThat(desk.text("#desk-meldingen")).startsWith("Gemeld (");
		assertThat(desk.links("#activiteit")).as("what members wrote lately: the comment and the answer")
			.contains(post.path() + "#reactie-" + comment,
					nl.clubhuis.questions.QuestionSummary.pathOf(answered, "jurist") + "#antwoord-" + answer);
		assertThat(desk.texts("#activiteit a")).contains("Reactie bij „Verschenen voor de desk”",
				"Antwoord op „Wie kent een jurist?”");

		this.mvc.perform(get("/redactie").with(user(author))).andExpect(status().isForbidden());
		this.mvc.perform(get("/redactie")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theDeskTheQueueAndWhatWasHiddenUseAFixedNumberOfStatements() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Quinten Query");
		List<MemberPrincipal> reporters = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			reporters.add(this.people.member("Melder " + i));
		}
		// Enough that every section of the desk shows only these (the shape of the page
		// is then fixed).
		addReportedCommentsAndConcepts(7, redacteur, reporters);
		List<Long> few = measure(redacteur);
		addReportedCommentsAndConcepts(14, redacteur, reporters);
		List<Long> many = measure(redacteur);
		// At most as many: a section whose rows need no further lookup (no Doetank, no
		// second page) skips it, and the first measure may include other tests' rows.
		for (int page = 0; page < few.size(); page++) {
			assertThat(many.get(page)).as("statements with three times more reports and concepts")
				.isLessThanOrEqualTo(few.get(page));
		}
	}

	private void addReportedCommentsAndConcepts(int howMany, MemberPrincipal redacteur,
			List<MemberPrincipal> reporters) {
		for (int i = 0; i < howMany; i++) {
			WrittenPost post = this.posts.published(PostKind.CAFEBLOG, null, "Gemeten " + i + "/" + howMany, redacteur);
			this.posts.concept(PostKind.NIEUWS, null, "Gemeten concept " + i, redacteur);
			MemberPrincipal author = reporters.get(i % reporters.size());
			long comment = this.comments.add(post.slug(), "Reactie " + i + "/" + howMany, author).comment().getId();
			for (MemberPrincipal reporter : reporters) {
				if (!reporter.equals(author)) {
					this.moderation.report(ReportKind.COMMENT, comment, "Reden " + i, reporter);
				}
			}
			if (i % 3 == 0) {
				this.moderation.hide(ReportKind.COMMENT, comment, "Weg " + i, redacteur);
			}
		}
	}

	private List<Long> measure(MemberPrincipal redacteur) throws Exception {
		List<Long> counts = new ArrayList<>();
		for (String page : List.of("/redactie", "/redactie/meldingen", "/redactie/meldingen/verborgen")) {
			this.statements.reset();
			this.mvc.perform(get(page).with(user(redacteur))).andExpect(status().isOk());
			counts.add(this.statements.count());
		}
		return counts;
	}

}
