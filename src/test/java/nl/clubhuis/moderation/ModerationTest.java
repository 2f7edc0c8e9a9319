package nl.clubhuis.moderation;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Members report a comment with a reason (once each, never their own); the redactie sees
 * it once in the queue with how often, who and why, and hides it with a word the author
 * reads under their comment and in a notification; others no longer see it.
 */
@IntegrationTest
class ModerationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestPosts posts;

	@Autowired
	JdbcTemplate jdbc;

	MemberPrincipal redacteur;

	MemberPrincipal author;

	WrittenPost post;

	long commentId;

	@BeforeEach
	void aCommentUnderAPost() throws Exception {
		this.redacteur = this.people.redacteur("Rosa Redactie");
		this.author = this.people.member("Sjaak Schrijver");
		this.post = this.posts.published(PostKind.NIEUWS, null, "Moderatie " + System.nanoTime(), this.redacteur);
		String anchor = this.mvc
			.perform(post("/berichten/" + this.post.slug() + "/reacties").with(user(this.author))
				.with(csrf())
				.param("text", "Koop nu mijn cursus"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.commentId = Long.parseLong(anchor.substring(anchor.indexOf("#reactie-") + 9));
	}

	@Test
	void membersReportOnceWithAReasonAndTheQueueGroupsThem() throws Exception {
		MemberPrincipal anna = this.people.member("Anna Melder");
		MemberPrincipal bert = this.people.member("Bert Melder");
		Html form = Html.of(this.mvc.perform(get(this.post.path()).with(user(anna))));
		assertThat(form.links("#reactie-" + this.commentId + " .comment__actions"))
			.contains("/melden?soort=COMMENT&id=" + this.commentId);
		for (int i = 0; i < 2; i++) {
			report(anna, "Reclame").andExpect(redirectedUrl(this.post.path() + "#reactie-" + this.commentId));
		}
		report(bert, "Spam");

		Html queue = Html.of(this.mvc.perform(get("/redactie/meldingen").with(user(this.redacteur))));
		assertThat(queue.all(card())).hasSize(1);
		assertThat(queue.text(card() + " .report-card__title")).contains("2 keer gemeld").contains("Sjaak Schrijver");
		assertThat(queue.text(card() + " .report-card__excerpt")).isEqualTo("Koop nu mijn cursus");
		assertThat(queue.texts(card() + " .report-card__reasons li")).hasSize(2)
			.anySatisfy((r) -> assertThat(r).contains("Anna Melder").contains("Reclame"))
			.anySatisfy((r) -> assertThat(r).contains("Bert Melder").contains("Spam"));
	}

	@Test
	void aReportWithoutAReasonKeepsTheFormWithAMessage() throws Exception {
		MemberPrincipal anna = this.people.member("Anna Zonderreden");
		Html page = Html.of(report(anna, " ").andExpect(status().isOk()));
		assertThat(page.fieldError("reason")).isNotBlank();
		assertThat(page.text(".report__excerpt")).isEqualTo("Koop nu mijn cursus");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM report WHERE item_kind = 'COMMENT' AND item_id = ?",
				Long.class, this.commentId))
			.isZero();
	}

	@Test
	void nobodyReportsTheirOwnTextNorSomethingUnknown() throws Exception {
		this.mvc
			.perform(get("/melden").param("soort", "COMMENT").param("id", "" + this.commentId).with(user(this.author)))
			.andExpect(status().isForbidden());
		report(this.author, "Zelf").andExpect(status().isForbidden());
		this.mvc.perform(get("/melden").param("soort", "COMMENT").param("id", "-5").with(user(this.redacteur)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/melden").param("soort", "COMMENT").param("id", "" + this.commentId))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void onlyTheRedactieSeesAndDecides() throws Exception {
		MemberPrincipal member = this.people.member("Mees Lid");
		this.mvc.perform(get("/redactie/meldingen").with(user(member))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/redactie/meldingen/verbergen").with(user(member))
				.with(csrf())
				.param("soort", "COMMENT")
				.param("id", "" + this.commentId))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/redactie/meldingen")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/redactie/meldingen").with(user(this.people.beheerder("Bea Beheer"))))
			.andExpect(status().isOk());
	}

	@Test
	void hidingTellsTheAuthorWhyAndHidesItFromOthers() throws Exception {
		report(this.people.member("Anna Verbergen"), "Reclame");
		this.mvc
			.perform(post("/redactie/meldingen/verbergen").with(user(this.redacteur))
				.with(csrf())
				.param("soort", "COMMENT")
				.param("id", "" + this.commentId)
				.param("woord", "Reclame hoort hier niet"))
			.andExpect(redirectedUrl("/redactie/meldingen"));

		assertThat(Html.of(this.mvc.perform(get(this.post.path()))).texts(".comment__text")).isEmpty();
		Html own = Html.of(this.mvc.perform(get(this.post.path()).with(user(this.author))));
		assertThat(own.text("#reactie-" + this.commentId + " .comment__hidden-reason"))
			.isEqualTo("De redactie verborg je reactie: Reclame hoort hier niet");
		assertThat(Html.of(this.mvc.perform(get(this.post.path()).with(user(this.redacteur))))
			.text("#reactie-" + this.commentId + " .comment__hidden-reason")).as("the redacteur reads whose it is not")
			.isEqualTo("Verborgen door de redactie: Reclame hoort hier niet");
		assertThat(this.jdbc.queryForList("SELECT kind || ' ' || arguments[1] FROM notification WHERE member_id = ?",
				String.class, this.author.id()))
			.containsExactly("CONTENT_HIDDEN Reclame hoort hier niet");
		assertThat(Html.of(this.mvc.perform(get("/redactie/meldingen").with(user(this.redacteur)))).has(card()))
			.isFalse();
		assertThat(this.jdbc.queryForObject("SELECT outcome FROM report WHERE item_kind = 'COMMENT' AND item_id = ?",
				String.class, this.commentId))
			.isEqualTo("HIDDEN");

		this.mvc
			.perform(post("/redactie/meldingen/herstellen").with(user(this.redacteur))
				.with(csrf())
				.param("soort", "COMMENT")
				.param("id", "" + this.commentId))
			.andExpect(redirectedUrl("/redactie/meldingen"));
		assertThat(Html.of(this.mvc.perform(get(this.post.path()))).texts(".comment__text"))
			.containsExactly("Koop nu mijn cursus");
	}

	@Test
	void aCommentHiddenFromItsPostGoesThroughTheQueueAndCanBeUndone() throws Exception {
		Html page = Html.of(this.mvc.perform(get(this.post.path()).with(user(this.redacteur))));
		assertThat(page.one("#reactie-" + this.commentId + " form[action='/redactie/meldingen/verbergen']"))
			.isNotNull();
		this.mvc
			.perform(post("/redactie/meldingen/verbergen").with(user(this.redacteur))
				.with(csrf())
				.param("soort", "COMMENT")
				.param("id", "" + this.commentId)
				.param("terug", "pagina"))
			.andExpect(redirectedUrl(this.post.path() + "#reactie-" + this.commentId));

		assertThat(Html.of(this.mvc.perform(get(this.post.path()))).texts(".comment__text")).isEmpty();
		assertThat(this.jdbc.queryForList("SELECT kind || ' ' || arguments[1] FROM notification WHERE member_id = ?",
				String.class, this.author.id()))
			.containsExactly("CONTENT_HIDDEN „Koop nu mijn cursus”");
		assertThat(Html.of(this.mvc.perform(get("/redactie/meldingen/verborgen").with(user(this.redacteur))))
			.has("#verborgen-COMMENT-" + this.commentId + " form")).isTrue();
	}

	@Test
	void dismissingClosesTheReportsAndLeavesTheText() throws Exception {
		report(this.people.member("Anna Afwijzen"), "Vind ik niks");
		this.mvc
			.perform(post("/redactie/meldingen/afwijzen").with(user(this.redacteur))
				.with(csrf())
				.param("soort", "COMMENT")
				.param("id", "" + this.commentId))
			.andExpect(redirectedUrl("/redactie/meldingen"));
		assertThat(Html.of(this.mvc.perform(get("/redactie/meldingen").with(user(this.redacteur)))).has(card()))
			.isFalse();
		assertThat(Html.of(this.mvc.perform(get(this.post.path()))).texts(".comment__text"))
			.containsExactly("Koop nu mijn cursus");
	}

	@Test
	void theOlderReportButtonStillReachesTheQueue() throws Exception {
		this.mvc.perform(post("/reacties/" + this.commentId + "/melden").with(csrf()))
			.andExpect(status().is3xxRedirection());
		Html queue = Html.of(this.mvc.perform(get("/redactie/meldingen").with(user(this.redacteur))));
		assertThat(queue.text(card() + " .report-card__reasons")).contains("Zonder naam");
	}

	private String card() {
		return "#melding-COMMENT-" + this.commentId;
	}

	private org.springframework.test.web.servlet.ResultActions report(MemberPrincipal reporter, String reason)
			throws Exception {
		return this.mvc.perform(post("/melden").with(user(reporter))
			.with(csrf())
			.param("soort", "COMMENT")
			.param("id", "" + this.commentId)
			.param("reason", reason));
	}

}
