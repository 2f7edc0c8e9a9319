package nl.clubhuis.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.PostgresForTests;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
import org.flywaydb.core.Flyway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A slow database gives the "try again" page after its timeout, a restarted one is used
 * again without restarting the portal, and migrations are not cut off by the timeout.
 * <p>
 * A table is locked from a connection of the test's own; the request waits for that lock.
 * So that the test waits a third of a second instead of the real 10, the request runs in
 * a transaction of the test (its statements join it) that lowers
 * {@code statement_timeout} with {@code SET LOCAL}; the rest of the way, the exception up
 * to the page, is the real one. The transaction is rolled back, so nothing of it stays.
 */
@IntegrationTest
class DatabaseFailureTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Autowired
	TestPeople people;

	@Autowired
	TestPosts posts;

	@Test
	void aPageWhoseTableIsLockedGivesTheTryAgainPageAfterTheTimeout() throws Exception {
		long started = System.nanoTime();
		MockHttpServletResponse response = whileLocked("doetank", get("/doetanks").accept(MediaType.TEXT_HTML));
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo(String.valueOf(DatabaseTroubleFilter.RETRY_AFTER));
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo(text("error.503.title", "nl"));
		assertThat(page.select(".error-page .lead").text()).isEqualTo(text("error.database", "nl"))
			.contains("Probeer het", "opnieuw");
		assertThat(page.select(".error-page__actions a").eachText()).doesNotContain(text("error.back.form", "nl"));
		assertThat(page.select("link[rel=stylesheet]").attr("href")).as("the stylesheet by its content's hash")
			.matches("/css/clubhuis-[0-9a-f]{32}\\.css");
		assertThat(millis).as("the request ends soon after its timeout, not when the lock goes").isLessThan(5_000);
	}

	@Test
	void inEnglishItSaysPleaseTryAgain() throws Exception {
		MockHttpServletResponse response = whileLocked("doetank",
				get("/doetanks").accept(MediaType.TEXT_HTML).cookie(new Cookie("clubhuis-taal", "en")));

		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("h1").text()).isEqualTo(text("error.503.title", "en"));
		assertThat(page.select(".error-page .lead").text()).isEqualTo(text("error.database", "en"))
			.contains("Please try again");
	}

	@Test
	void aFormThatCouldNotBeHandledSaysSoAndLinksBackToTheForm() throws Exception {
		MemberPrincipal writer = this.people.redacteur("Rita Redactie");
		MemberPrincipal member = this.people.member("Rick Reageerder");
		WrittenPost news = this.posts.published(PostKind.NIEUWS, null, "Nieuws bij een trage database", writer);

		MockHttpServletResponse response = whileLocked("post_comment",
				post("/berichten/" + news.slug() + "/reacties").param("text", "Blijft dit bewaard?")
					.header("Referer", "http://localhost" + news.path())
					.accept(MediaType.TEXT_HTML)
					.with(user(member))
					.with(csrf()));

		assertThat(response.getStatus()).isEqualTo(503);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".error-page .lead").text()).isEqualTo(text("error.database.sent", "nl"));
		assertThat(page.select(".error-page__actions a").first().text()).isEqualTo(text("error.back.form", "nl"));
		assertThat(page.select(".error-page__actions a").first().attr("href")).isEqualTo(news.path());
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM post_comment WHERE post_id = ?", Long.class, news.id()))
			.isZero();
	}

	/**
	 * A login that could not read the account says "try again", never "wrong address or
	 * password": the member typed nothing wrong.
	 */
	@Test
	void aLoginTheDatabaseCouldNotAnswerSaysTryAgainNotWrongPassword() throws Exception {
		MemberPrincipal member = this.people.member("Lara Logtin");

		MockHttpServletResponse response = whileLocked("member",
				post("/login").param("email", member.getUsername())
					.param("password", TestPeople.PASSWORD)
					.accept(MediaType.TEXT_HTML)
					.with(csrf()));

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getRedirectedUrl()).as("not back to the login page with 'wrong password'").isNull();
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo(text("error.503.title", "nl"));
		assertThat(page.select(".error-page .lead").text()).isEqualTo(text("error.database.sent", "nl"));
	}

	/**
	 * PostgreSQL ended every connection of the pool (as in a restart): the next request
	 * gets a new connection, because the pool checks one that was idle before handing it
	 * out.
	 */
	@Test
	void afterItsConnectionsWereEndedThePortalWorksWithoutARestart() throws Exception {
		assertThat(this.mvc.perform(get("/doetanks")).andReturn().getResponse().getStatus()).isEqualTo(200);
		try (Connection admin = ownConnection(); Statement statement = admin.createStatement()) {
			// Not a LISTEN connection of the page cache: that one is not the pool's.
			statement.execute("""
					SELECT pg_terminate_backend(pid) FROM pg_stat_activity
					WHERE datname = current_database() AND pid <> pg_backend_pid()
					  AND backend_type = 'client backend' AND query NOT ILIKE 'LISTEN%'""");
		}
		Thread.sleep(600); // longer than Hikari's 500 ms in which it trusts a connection

		assertThat(this.mvc.perform(get("/doetanks")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void pageStatementsHaveATimeoutAndMigrationsDoNot() {
		assertThat(this.jdbc.queryForObject("SHOW statement_timeout", String.class)).isEqualTo("10s");
		assertThat(this.flyway.getConfiguration().getDataSource()).isNotSameAs(this.dataSource);
		JdbcTemplate migrations = new JdbcTemplate(this.flyway.getConfiguration().getDataSource());
		assertThat(migrations.queryForObject("SHOW statement_timeout", String.class)).isEqualTo("0");
	}

	/**
	 * The request, while another connection holds {@code table} locked and the request's
	 * statements may take 300 ms each.
	 */
	private MockHttpServletResponse whileLocked(String table, RequestBuilder request) throws Exception {
		try (Connection locker = ownConnection(); Statement statement = locker.createStatement()) {
			locker.setAutoCommit(false);
			statement.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
			TransactionTemplate transaction = new TransactionTemplate(this.transactions);
			MockHttpServletResponse response = transaction.execute((status) -> {
				status.setRollbackOnly();
				this.jdbc.execute("SET LOCAL statement_timeout = '300ms'");
				try {
					return this.mvc.perform(request).andReturn().getResponse();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			locker.rollback();
			return response;
		}
	}

	private static Connection ownConnection() throws SQLException {
		PostgresForTests.Connection database = PostgresForTests.forTests();
		return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
	}

	private String text(String key, String language) {
		return this.messages.getMessage(key, null, Locale.forLanguageTag(language));
	}

}
