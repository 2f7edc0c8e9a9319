package nl.clubhuis.shared;

import java.time.Duration;
import java.time.Instant;

import nl.clubhuis.IntegrationTest;
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
 * the session still ends after its timeout.
 */
@IntegrationTest
class SessionAccessWritesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

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
