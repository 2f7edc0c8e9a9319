package nl.clubhuis.shared;

import java.time.Duration;
import java.time.Instant;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestBrowser;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A member's session row in PostgreSQL is written when something in it changes, and for
 * its last access only once a minute: pages opened within the minute write nothing, and
 * the session still ends after its timeout. A request reads its session's row once.
 */
@IntegrationTest
class SessionAccessWritesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	@Test
	void pagesWithinAMinuteLeaveTheSessionRowAsItWas() throws Exception {
		MemberPrincipal member = this.people.member("Zuinig Sessie");
		TestBrowser browser = new TestBrowser(this.mvc);
		browser.logIn(member.getUsername(), TestPeople.PASSWORD);
		long loggedInAt = lastAccess(member);
		String rowVersion = rowVersion(member);

		Thread.sleep(5);
		assertThat(browser.perform(get("/mijn")).getResponse().getStatus()).isEqualTo(200);
		assertThat(browser.perform(get("/vragen")).getResponse().getStatus()).isEqualTo(200);

		assertThat(lastAccess(member)).isEqualTo(loggedInAt);
		assertThat(rowVersion(member)).as("the session row was not written").isEqualTo(rowVersion);
	}

	@Test
	void aPageAMinuteLaterMovesTheLastAccessAndTheExpiry() throws Exception {
		MemberPrincipal member = this.people.member("Later Sessie");
		TestBrowser browser = new TestBrowser(this.mvc);
		browser.logIn(member.getUsername(), TestPeople.PASSWORD);
		storedLastAccess(member, Instant.now().minus(Duration.ofMinutes(2)));
		long before = System.currentTimeMillis();

		assertThat(browser.perform(get("/mijn")).getResponse().getStatus()).isEqualTo(200);

		assertThat(lastAccess(member)).isGreaterThanOrEqualTo(before);
		assertThat(this.jdbc.queryForObject(
				"SELECT expiry_time - last_access_time - max_inactive_interval * 1000 FROM spring_session WHERE principal_name = ?",
				Long.class, member.getUsername()))
			.isZero();
	}

	@Test
	void aSessionIdleForLongerThanItsTimeoutHasEnded() throws Exception {
		MemberPrincipal member = this.people.member("Vergeten Sessie");
		TestBrowser browser = new TestBrowser(this.mvc);
		browser.logIn(member.getUsername(), TestPeople.PASSWORD);
		storedLastAccess(member, Instant.now().minus(Duration.ofHours(9)));

		String sentTo = browser.perform(get("/mijn")).getResponse().getRedirectedUrl();

		assertThat(sentTo).contains("/login");
	}

	@Test
	void aPageReadsItsSessionOnce() throws Exception {
		MemberPrincipal member = this.people.member("Eenmaal Sessie");
		TestBrowser browser = new TestBrowser(this.mvc);
		browser.logIn(member.getUsername(), TestPeople.PASSWORD);
		assertThat(browser.perform(get("/vragen")).getResponse().getStatus()).isEqualTo(200);

		this.statements.reset();
		assertThat(browser.perform(get("/vragen")).getResponse().getStatus()).isEqualTo(200);

		assertThat(this.statements.recorded())
			.filteredOn((sql) -> sql.toUpperCase(java.util.Locale.ROOT).startsWith("SELECT")
					&& sql.toUpperCase(java.util.Locale.ROOT).contains("FROM SPRING_SESSION "))
			.hasSize(1);
	}

	@Test
	void aSessionEndedElsewhereEndsWithTheNextRequest() throws Exception {
		MemberPrincipal member = this.people.member("Elders Uitgelogd");
		TestBrowser browser = new TestBrowser(this.mvc);
		browser.logIn(member.getUsername(), TestPeople.PASSWORD);
		assertThat(browser.perform(get("/mijn")).getResponse().getStatus()).isEqualTo(200);

		// as a log-out on another instance: the row is gone
		this.jdbc.update("DELETE FROM spring_session WHERE principal_name = ?", member.getUsername());
		String sentTo = browser.perform(get("/mijn")).getResponse().getRedirectedUrl();

		assertThat(sentTo).contains("/login");
	}

	private long lastAccess(MemberPrincipal member) {
		return this.jdbc.queryForObject("SELECT last_access_time FROM spring_session WHERE principal_name = ?",
				Long.class, member.getUsername());
	}

	/** PostgreSQL's transaction id of the row's last write. */
	private String rowVersion(MemberPrincipal member) {
		return this.jdbc.queryForObject("SELECT xmin::text FROM spring_session WHERE principal_name = ?", String.class,
				member.getUsername());
	}

	private void storedLastAccess(MemberPrincipal member, Instant at) {
		this.jdbc
			.update("UPDATE spring_session SET last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000"
					+ " WHERE principal_name = ?", at.toEpochMilli(), at.toEpochMilli(), member.getUsername());
	}

}
