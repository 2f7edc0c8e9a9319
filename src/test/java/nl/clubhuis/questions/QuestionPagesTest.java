package nl.clubhuis.questions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.follow.Follows;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
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
 * A member asks a question (once, however often the form is sent), colleagues answer and
 * comment, the asker marks the answer that helped; the right people hear about each step;
 * the list filters; the redactie's hiding leaves the text to its author.
 */
@IntegrationTest
class QuestionPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	Follows follows;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	QuestionModeration moderation;

	@Autowired
	Questions questions;

	MemberPrincipal asker;

	MemberPrincipal colleague;

	long facilitatie;

	long keten;

	@BeforeEach
	void people() {
		this.asker = this.people.member("Vera Vraagsteller");
		this.colleague = this.people.member("Ab Antwoord");
		this.facilitatie = expertise("facilitatie");
		this.keten = expertise("ketensamenwerking");
	}

	@Test
	void aMemberAsksOnceHoweverOftenTheFormIsSentAndFollowsTheirQuestion() throws Exception {
		MemberPrincipal fan = this.people.member("Fien Facilitatievolger");
		this.follows.followAutomatically(fan.id(), FollowTarget.expertise(this.facilitatie));
		String doetank = this.doetanks.active(this.people.member("Tim Trekker"), this.people.coach("Coen Coach"));
		Html form = Html.of(this.mvc.perform(get("/vragen/nieuw").with(user(this.asker))));
		String token = form.value("submission");
		assertThat(token).isNotBlank();
		String title = "Hoe houden we kennis vast " + UUID.randomUUID();

		String first = ask(title, token, doetank);
		String second = ask(title, token, doetank);

		assertThat(second).isEqualTo(first).startsWith("/vragen/");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM question WHERE title = ?", Long.class, title))
			.isEqualTo(1);
		long id = QuestionIds.of(first);
		assertThat(this.follows.follows(this.asker.id(), FollowTarget.question(id))).isTrue();
		assertThat(notifications(fan)).containsExactly(Map.entry("QUESTION_ASKED", List.of(title)));
		assertThat(notifications(this.asker)).isEmpty();

		Html page = Html.of(this.mvc.perform(get(first).with(user(this.asker))));
		assertThat(page.text("h1")).isEqualTo(title);
		assertThat(page.texts(".question__expertise li")).contains("Facilitatie");
		assertThat(page.links(".question__about")).containsExactly("/doetanks/" + doetank);
		assertThat(page.has(".follow--by-role")).isTrue();
		assertThat(page.text(".question__body")).contains("pensioen");
		assertThat(page.one(".question__body strong").text()).isEqualTo("veel");
		Html anonymous = Html.of(this.mvc.perform(get(first)));
		assertThat(anonymous.has("form.follow")).isFalse();
		assertThat(anonymous.has("a.follow")).isTrue();
		assertThat(anonymous.has("textarea[name=body]")).isFalse();
	}

	@Test
	void badInputKeepsWhatWasTypedWithAMessagePerField() throws Exception {
		Html page = Html.of(
				this.mvc
					.perform(post("/vragen/nieuw").param("submission", UUID.randomUUID().toString())
						.param("title", " ")
						.param("body", "Mijn toelichting")
						.param("doetank", "bestaat-niet-" + UUID.randomUUID())
						.with(user(this.asker))
						.with(csrf()))
					.andExpect(status().isOk()));
		assertThat(page.fieldError("title")).isEqualTo("Vul dit veld in.");
		assertThat(page.fieldError("expertise")).isEqualTo("Kies minstens één expertise.");
		assertThat(page.fieldError("doetank")).isEqualTo("Er is geen openbare Doetank met deze naam of dit adres.");
		assertThat(page.value("body")).isEqualTo("Mijn toelichting");
		assertThat(page.errorSummary()).hasSize(3);
	}

	@Test
	void colleaguesAnswerAndCommentAndTheAskerMarksTheAnswerThatHelped() throws Exception {
		String path = ask("Wie kent een goede werkvorm " + UUID.randomUUID(), UUID.randomUUID().toString(), "");
		long id = QuestionIds.of(path);
		MemberPrincipal follower = this.people.member("Olga Oplettend");
		this.follows.follow(nl.clubhuis.member.Viewer.of(follower), FollowTarget.question(id));
		String token = UUID.randomUUID().toString();
		MockHttpServletRequestBuilder answer = post("/vragen/" + id + "/antwoorden").param("submission", token)
			.param("body", "Probeer **de wereldcafé-methode**.")
			.with(user(this.colleague))
			.with(csrf());
		String answered = this.mvc.perform(answer).andReturn().getResponse().getRedirectedUrl();
		this.mvc.perform(answer);
		long answerId = this.jdbc.queryForObject("SELECT id FROM answer WHERE submission = ?::uuid", Long.class, token);
		assertThat(answered).isEqualTo(path + "#antwoord-" + answerId);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM answer WHERE question_id = ?", Long.class, id))
			.isEqualTo(1);
		String title = this.jdbc.queryForObject("SELECT title FROM question WHERE id = ?", String.class, id);
		assertThat(notifications(this.asker))
			.containsExactly(Map.entry("QUESTION_ANSWERED", List.of(title, "Ab Antwoord")));
		assertThat(notifications(follower)).extracting(Map.Entry::getKey).containsExactly("QUESTION_ANSWERED");
		assertThat(notifications(this.colleague)).isEmpty();

		this.mvc.perform(post("/vragen/" + id + "/antwoorden/" + answerId + "/reacties")
			.param("submission", UUID.randomUUID().toString())
			.param("body", "Mooi, dat werkte bij ons ook.")
			.with(user(this.asker))
			.with(csrf()));
		Html tooLong = Html
			.of(this.mvc
				.perform(post("/vragen/" + id + "/antwoorden/" + answerId + "/reacties").param("body", "x".repeat(1001))
					.with(user(this.asker))
					.with(csrf()))
				.andExpect(status().isOk()));
		assertThat(tooLong.text("#antwoord-" + answerId + " .comment-form .field__error"))
			.isEqualTo("Houd je reactie kort: hooguit 1000 tekens.");
		assertThat(tooLong.one("#reactie-" + answerId).text()).hasSize(1001);

		this.mvc
			.perform(post("/vragen/" + id + "/geholpen").param("antwoord", String.valueOf(answerId))
				.with(user(this.colleague))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/vragen/" + id + "/geholpen").param("antwoord", String.valueOf(answerId))
				.with(user(this.asker))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(notifications(this.colleague)).containsExactly(Map.entry("ANSWER_ACCEPTED", List.of(title)));

		Html page = Html.of(this.mvc.perform(get(path)));
		assertThat(page.has("#antwoord-" + answerId + ".answer--accepted")).isTrue();
		assertThat(page.text(".question__answered")).isEqualTo("beantwoord");
		assertThat(page.text(".answer__body strong")).isEqualTo("de wereldcafé-methode");
		assertThat(page.texts(".comment__text")).containsExactly("Mooi, dat werkte bij ons ook.");
		assertThat(Html.of(this.mvc.perform(get("/vragen?status=beantwoord"))).links(".question-list__title"))
			.contains(path);
		assertThat(Html.of(this.mvc.perform(get("/vragen?status=open"))).links(".question-list__title"))
			.doesNotContain(path);
	}

	@Test
	void aMemberSeesTheOpenQuestionsForTheirExpertiseFirst() throws Exception {
		MemberPrincipal expert = this.people.member("Kees Ketenkenner");
		String niche = "niche-" + UUID.randomUUID().toString().substring(0, 8);
		long nicheId = this.jdbc.queryForObject(
				"INSERT INTO expertise (slug, name_nl, name_en) VALUES (?, ?, ?) RETURNING id", Long.class, niche,
				niche, niche);
		new nl.clubhuis.doetank.TestExpertise(this.jdbc).memberKnows(expert.id(), niche);
		String forExpert = askAbout("Nichevraag " + UUID.randomUUID(), nicheId);
		String newer = askAbout("Facilitatievraag " + UUID.randomUUID(), this.facilitatie);

		List<String> forThem = Html.of(this.mvc.perform(get("/vragen").with(user(expert))))
			.links(".question-list__title");
		List<String> forVisitors = Html.of(this.mvc.perform(get("/vragen"))).links(".question-list__title");

		assertThat(forThem).contains(forExpert, newer);
		assertThat(forThem.indexOf(forExpert)).isLessThan(forThem.indexOf(newer));
		assertThat(forVisitors.indexOf(newer)).isLessThan(forVisitors.indexOf(forExpert));
		assertThat(Html.of(this.mvc.perform(get("/vragen?expertise=" + nicheId))).links(".question-list__title"))
			.containsExactly(forExpert)
			.doesNotContain(newer);
		assertThat(Html.of(this.mvc.perform(get("/vragen?expertise=niets&status=raar&pagina=x"))).has("h1")).isTrue();
		assertThat(Html.of(this.mvc.perform(get("/vragen?expertise=999999999999"))).links(".question-list__title"))
			.as("a term that is not offered is no filter")
			.isEqualTo(forVisitors);
	}

	@Test
	void theAskerLinksTheDoetankTheQuestionBecame() throws Exception {
		String path = askAbout("Een vraag die een Doetank werd " + UUID.randomUUID(), this.keten);
		long id = QuestionIds.of(path);
		String doetank = this.doetanks.active(this.people.member("Tara Trekker"), this.people.coach("Cas Coach"));
		this.mvc.perform(
				post("/vragen/" + id + "/doetank").param("doetank", doetank).with(user(this.colleague)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/vragen/" + id + "/doetank").param("doetank", doetank).with(user(this.asker)).with(csrf()));

		assertThat(Html.of(this.mvc.perform(get(path))).links(".question__became"))
			.containsExactly("/doetanks/" + doetank);
		assertThat(Html.of(this.mvc.perform(get("/vragen?doetank=" + doetank))).links(".question-list__became"))
			.containsExactly("/doetanks/" + doetank);
	}

	@Test
	void hiddenContentIsGoneForOthersAndItsAuthorReadsWhy() throws Exception {
		String path = askAbout("Verborgen vraag " + UUID.randomUUID(), this.keten);
		long id = QuestionIds.of(path);
		this.mvc.perform(post("/vragen/" + id + "/antwoorden").param("body", "Een antwoord dat weg moet.")
			.with(user(this.colleague))
			.with(csrf()));
		long answerId = this.jdbc.queryForObject("SELECT id FROM answer WHERE question_id = ?", Long.class, id);

		this.moderation.hide(QuestionContent.ANSWER, answerId, "persoonlijke gegevens");
		assertThat(Html.of(this.mvc.perform(get(path))).has("#antwoord-" + answerId)).isFalse();
		Html forAuthor = Html.of(this.mvc.perform(get(path).with(user(this.colleague))));
		assertThat(forAuthor.text("#antwoord-" + answerId + " .answer__hidden"))
			.isEqualTo("Verborgen door de redactie: persoonlijke gegevens");

		this.moderation.hide(QuestionContent.QUESTION, id, "reclame");
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		this.mvc.perform(get(path).with(user(this.colleague))).andExpect(status().isNotFound());
		assertThat(Html.of(this.mvc.perform(get(path).with(user(this.asker)))).text(".question__hidden"))
			.isEqualTo("Verborgen door de redactie: reclame");
		this.mvc.perform(get(path).with(user(this.people.redacteur("Rita Redactie")))).andExpect(status().isOk());
		assertThat(this.questions.recent(50)).extracting(QuestionSummary::id).doesNotContain(id);

		this.moderation.restore(QuestionContent.QUESTION, id);
		this.mvc.perform(get(path)).andExpect(status().isOk());
		this.mvc.perform(get("/vragen/999999999-niets")).andExpect(status().isNotFound());
		this.mvc.perform(get("/vragen/" + id)).andExpect(status().is3xxRedirection());
	}

	@Test
	void askingNeedsAnAccount() throws Exception {
		this.mvc.perform(get("/vragen/nieuw")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/vragen")).andExpect(status().isOk());
	}

	private String ask(String title, String token, String doetank) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/vragen/nieuw").param("submission", token)
				.param("title", title)
				.param("body", "Over vijf jaar gaan **veel** collega's met pensioen.")
				.param("expertise", String.valueOf(this.facilitatie))
				.param("doetank", doetank)
				.param("phase", "INITIEREN")
				.with(user(this.asker))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	private String askAbout(String title, long expertise) throws Exception {
		return this.mvc
			.perform(post("/vragen/nieuw").param("submission", UUID.randomUUID().toString())
				.param("title", title)
				.param("body", "Toelichting.")
				.param("expertise", String.valueOf(expertise))
				.with(user(this.asker))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private List<Map.Entry<String, List<String>>> notifications(MemberPrincipal member) {
		return this.jdbc.query("SELECT kind, arguments FROM notification WHERE member_id = ? ORDER BY id",
				(rs, row) -> Map.entry(rs.getString(1), List.of((String[]) rs.getArray(2).getArray())), member.id());
	}

	private long expertise(String slug) {
		return this.jdbc.queryForObject("SELECT id FROM expertise WHERE slug = ?", Long.class, slug);
	}

	/** The id in a question's address. */
	static final class QuestionIds {

		static long of(String path) {
			return Long.parseLong(path.replaceFirst("^/vragen/", "").split("[-#]")[0]);
		}

	}

}
