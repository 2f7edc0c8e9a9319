package nl.clubhuis.shared.pagecache;

import java.util.List;

import nl.clubhuis.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table a page may show tells the page caches when it changes (V60). A new table
 * gets the trigger in its own migration, or is added here with the reason no page shows
 * it. ({@code notification} has a row trigger of its own instead, V63: it names the
 * member whose unread number changed.)
 */
@IntegrationTest
class PageCacheTriggersTest {

	/** Bookkeeping no page shows to a visitor, that changes on every login or request. */
	static final List<String> NOT_SHOWN = List.of("flyway_schema_history", "spring_session",
			"spring_session_attributes", "shedlock", "rate_limit_bucket", "login_throttle", "account_token",
			"audit_entry", "notification", "notification_digest", "notification_secret", "contact_message");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyTableAPageMayShowNotifiesTheCachesOfAChange() {
		List<String> withoutTrigger = this.jdbc.queryForList("""
				SELECT t.tablename FROM pg_tables t
				WHERE t.schemaname = current_schema()
				  AND NOT EXISTS (SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
				                  WHERE c.relname = t.tablename AND g.tgname = 'content_changed')
				ORDER BY 1""", String.class);

		assertThat(withoutTrigger).containsExactlyInAnyOrderElementsOf(NOT_SHOWN);
	}

}
