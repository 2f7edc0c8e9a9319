package nl.clubhuis.shared.pagecache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every table a page may show tells the page caches when a row of it changes or the table
 * is emptied (V60, V64). A new table gets both triggers in its own migration, or is added
 * here with the reason no page shows it. ({@code notification} has a row trigger of its
 * own instead, V63: it names the member whose unread number changed.)
 */
@IntegrationTest
class PageCacheTriggersTest {

	/** Bookkeeping no page shows to a visitor, that changes on every login or request. */
	static final List<String> NOT_SHOWN = List.of("flyway_schema_history", "spring_session",
			"spring_session_attributes", "shedlock", "rate_limit_bucket", "login_throttle", "account_token",
			"audit_entry", "notification", "notification_digest", "notification_secret", "contact_message",
			"mail_status");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TestPeople people;

	@Test
	void everyTableAPageMayShowNotifiesTheCachesOfEachChangedRowAndOfBeingEmptied() {
		// pg_trigger.tgtype: 1 a row trigger, 4 insert, 8 delete, 16 update, 32 truncate.
		// Each row change is covered by a row trigger; only emptying the table by a
		// statement one (a statement trigger would fire for statements that change
		// nothing).
		List<String> notCovered = this.jdbc.queryForList("""
				SELECT t.tablename FROM pg_tables t
				LEFT JOIN pg_class c ON c.relname = t.tablename AND c.relnamespace = to_regnamespace(t.schemaname)
				LEFT JOIN pg_trigger g ON g.tgrelid = c.oid AND g.tgname LIKE 'content\\_%'
				WHERE t.schemaname = current_schema()
				GROUP BY t.tablename
				HAVING coalesce(bit_or(g.tgtype) & (4 | 8 | 16 | 32), 0) <> (4 | 8 | 16 | 32)
				    OR NOT coalesce(bool_and(g.tgtype & 1 = 1 OR g.tgtype = 32), false)
				ORDER BY 1""", String.class);

		assertThat(notCovered).containsExactlyInAnyOrderElementsOf(NOT_SHOWN);
	}

	@Test
	void aStatementThatChangesNoRowTellsNoCache() throws Exception {
		Long member = this.people.member("Lotte Taal").id();

		assertThat(toldTheCaches("UPDATE member SET locale = 'nl' WHERE id = " + member + " AND locale <> 'nl'",
				"DELETE FROM post WHERE id = -1"))
			.isEmpty();
	}

	@Test
	void loggingInOrChoosingALanguageTellsNoCacheButANewNameDoes() throws Exception {
		Long member = this.people.member("Lotte Login").id();

		assertThat(toldTheCaches("UPDATE member SET last_login_at = now() WHERE id = " + member)).isEmpty();
		assertThat(toldTheCaches("UPDATE member SET locale = 'en' WHERE id = " + member)).isEmpty();
		assertThat(toldTheCaches("UPDATE member SET last_login_at = now(), name = 'Lotte Nieuw' WHERE id = " + member))
			.containsExactly("");
	}

	@Test
	void rowsChangedInOneTransactionTellTheCachesOnce() throws Exception {
		Long first = this.people.member("Lotte Een").id();
		Long second = this.people.member("Lotte Twee").id();

		assertThat(toldTheCaches("UPDATE member SET name = 'Lotte Eén' WHERE id IN (" + first + ", " + second + ")",
				"UPDATE member SET organisation = 'Gemeente Ede' WHERE id = " + first))
			.containsExactly("");
	}

	/**
	 * What these statements, committed in one transaction, tell the caches: the
	 * notifications a listener receives from that transaction's connection (a marker sent
	 * last says all have arrived; other connections' notifications are left out).
	 */
	private List<String> toldTheCaches(String... statements) throws SQLException {
		String marker = "marker:" + UUID.randomUUID();
		try (Connection listener = this.dataSource.getConnection();
				Connection writer = this.dataSource.getConnection()) {
			try (Statement listen = listener.createStatement()) {
				listen.execute("LISTEN clubhuis_content");
			}
			// what a pooled connection may still hold from an earlier listener
			listener.unwrap(PGConnection.class).getNotifications();
			try {
				int writerPid = writer.unwrap(PGConnection.class).getBackendPID();
				writer.setAutoCommit(false);
				try (Statement write = writer.createStatement()) {
					for (String sql : statements) {
						write.execute(sql);
					}
					write.execute("SELECT pg_notify('clubhuis_content', '" + marker + "')");
				}
				writer.commit();
				writer.setAutoCommit(true);
				return receivedFrom(listener.unwrap(PGConnection.class), writerPid, marker);
			}
			finally {
				try (Statement unlisten = listener.createStatement()) {
					unlisten.execute("UNLISTEN *");
				}
			}
		}
	}

	private static List<String> receivedFrom(PGConnection listener, int pid, String marker) throws SQLException {
		List<String> told = new ArrayList<>();
		Instant deadline = Instant.now().plusSeconds(5);
		while (Instant.now().isBefore(deadline)) {
			PGNotification[] received = listener.getNotifications(200);
			for (PGNotification notification : (received != null) ? received : new PGNotification[0]) {
				if (notification.getPID() != pid) {
					continue;
				}
				if (marker.equals(notification.getParameter())) {
					return told;
				}
				told.add(notification.getParameter());
			}
		}
		return fail("the marker did not arrive");
	}

}
