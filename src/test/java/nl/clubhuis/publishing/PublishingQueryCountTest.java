package nl.clubhuis.publishing;

import java.util.ArrayList;
import java.util.List;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
import nl.clubhuis.publishing.domain.CommentService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The publishing pages and feeds send the same number of SQL statements with a few posts
 * and comments as with many: no query per post, per comment or per tag.
 */
@IntegrationTest
class PublishingQueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestPosts posts;

	@Autowired
	CommentService comments;

	@Autowired
	StatementCounter statements;

	@Test
	void listsPostPagesAndFeedsUseAFixedNumberOfStatements() throws Exception {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		MemberPrincipal coach = this.people.coach("Cor Coach");
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		String doetank = this.doetanks.active(trekker, coach);
		WrittenPost measured = this.posts.published(PostKind.NIEUWS, null, "Gemeten bericht", redacteur);
		List<MemberPrincipal> commenters = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			commenters.add(this.people.member("Reageerder " + i));
		}
		// More than a page already, so both measurements include the count of the pages.
		addPostsAndComments(12, doetank, measured, trekker, coach, redacteur, commenters);

		List<Long> few = measure(doetank, measured, redacteur);

		addPostsAndComments(30, doetank, measured, trekker, coach, redacteur, commenters);

		List<Long> many = measure(doetank, measured, redacteur);

		assertThat(many).as("statements per page with 30 times more posts and comments").isEqualTo(few);
	}

	private void addPostsAndComments(int howMany, String doetank, WrittenPost measured, MemberPrincipal trekker,
			MemberPrincipal coach, MemberPrincipal redacteur, List<MemberPrincipal> commenters) {
		for (int i = 0; i < howMany; i++) {
			this.posts.published(PostKind.NIEUWS, null, "Nieuws " + i, redacteur);
			this.posts.published(PostKind.CAFEBLOG, null, "Café " + i, redacteur);
			this.posts.published(PostKind.DOETANKBLOG, doetank, "Blog " + i, trekker);
			this.posts.published(PostKind.BESCHOUWING, doetank, "Beschouwing " + i, coach);
			this.comments.add(measured.slug(), "Reactie " + i, commenters.get(i % commenters.size()));
		}
	}

	/** Every list, a post page with comments (as a redacteur), every feed, home. */
	private List<Long> measure(String doetank, WrittenPost post, MemberPrincipal redacteur) throws Exception {
		List<Long> counts = new ArrayList<>();
		for (String page : List.of("/nieuws", "/cafeblog", "/blogs", "/doetanks/" + doetank + "/blog", "/tags/groei",
				"/nieuws/feed", "/cafeblog/feed", "/blogs/feed", "/doetanks/" + doetank + "/blog/feed", "/",
				"/doetanks/" + doetank)) {
			counts.add(statementsFor(get(page)));
		}
		counts.add(statementsFor(get(post.path())));
		counts.add(statementsFor(get(post.path()).with(user(redacteur))));
		counts.add(statementsFor(get("/redactie/reacties").with(user(redacteur))));
		return counts;
	}

	private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
		this.statements.reset();
		this.mvc.perform(request).andExpect(status().isOk());
		return this.statements.count();
	}

}
