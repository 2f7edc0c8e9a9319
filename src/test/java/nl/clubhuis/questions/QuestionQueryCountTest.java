package nl.clubhuis.questions;

import java.util.UUID;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestExpertise;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /vragen and a question's page issue the same number of SQL statements with a few or
 * many questions, answers and comments.
 */
@IntegrationTest
class QuestionQueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statementCounter;

	@Test
	void theListAndAQuestionPageUseAFixedNumberOfStatements() throws Exception {
		MemberPrincipal asker = this.people.member("Quinten Query");
		MemberPrincipal reader = this.people.member("Rosa Lezer");
		new TestExpertise(this.jdbc).memberKnows(reader.id(), "facilitatie");
		long measured = question(asker.id());
		answers(measured, asker.id(), 1);
		questions(asker.id(), 2);

		long listFew = statementsFor(get("/vragen").with(user(reader)));
		long pageFew = statementsFor(get("/vragen/" + measured + "-vraag").with(user(reader)));
		long anonymousFew = statementsFor(get("/vragen/" + measured + "-vraag"));

		questions(asker.id(), 60);
		answers(measured, reader.id(), 25);

		// At most as many: a page whose questions name no Doetank skips that lookup, and
		// whether the first page does depends on what other tests asked.
		assertThat(statementsFor(get("/vragen").with(user(reader))))
			.as("/vragen: the member's expertise, the count, the page, its terms, names and Doetanks")
			.isLessThanOrEqualTo(listFew);
		assertThat(statementsFor(get("/vragen?pagina=3&status=open").with(user(reader)))).isLessThanOrEqualTo(listFew);
		assertThat(statementsFor(get("/vragen/" + measured + "-vraag").with(user(reader))))
			.as("a question: the question, its terms, answers, comments, names, Doetanks and the follow button")
			.isEqualTo(pageFew);
		assertThat(statementsFor(get("/vragen/" + measured + "-vraag"))).isEqualTo(anonymousFew);
	}

	private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
		this.statementCounter.reset();
		this.mvc.perform(request).andExpect(status().isOk());
		return this.statementCounter.count();
	}

	private long question(long askerId) {
		long id = this.jdbc.queryForObject("""
				INSERT INTO question (submission, asker_id, title, slug, body, asked_at)
				VALUES (?, ?, 'Vraag', 'vraag', 'Wie weet het?', now()) RETURNING id""", Long.class, UUID.randomUUID(),
				askerId);
		this.jdbc.update("INSERT INTO question_expertise SELECT ?, id FROM expertise WHERE slug IN (?, ?)", id,
				"facilitatie", "ketensamenwerking");
		return id;
	}

	private void questions(long askerId, int howMany) {
		for (int i = 0; i < howMany; i++) {
			answers(question(askerId), askerId, 1);
		}
	}

	private void answers(long questionId, long authorId, int howMany) {
		for (int i = 0; i < howMany; i++) {
			long answer = this.jdbc.queryForObject("""
					INSERT INTO answer (submission, question_id, author_id, body, written_at)
					VALUES (?, ?, ?, 'Ik weet het.', now()) RETURNING id""", Long.class, UUID.randomUUID(), questionId,
					authorId);
			this.jdbc.update("""
					INSERT INTO answer_comment (submission, answer_id, author_id, body, written_at)
					VALUES (?, ?, ?, 'Dank je.', now())""", UUID.randomUUID(), answer, authorId);
		}
	}

}
