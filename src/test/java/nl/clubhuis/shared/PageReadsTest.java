package nl.clubhuis.shared;

import java.sql.Timestamp;
import java.util.List;

import nl.clubhuis.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page reads from several modules is read in one read-only transaction. */
@IntegrationTest
class PageReadsTest {

	@Autowired
	PageReads reads;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyReadOfThePageJoinsOneReadOnlyTransaction() {
		List<Object> seen = this.reads.of(() -> List.of(transactionStart(), pause(), transactionStart(),
				this.jdbc.queryForObject("SHOW transaction_read_only", String.class)));

		assertThat(seen.get(2)).as("the same transaction").isEqualTo(seen.get(0));
		assertThat(seen.get(3)).isEqualTo("on");
	}

	@Test
	void withoutItEachReadIsATransactionOfItsOwn() {
		Timestamp first = transactionStart();
		pause();

		assertThat(transactionStart()).isNotEqualTo(first);
	}

	private Timestamp transactionStart() {
		return this.jdbc.queryForObject("SELECT transaction_timestamp()", Timestamp.class);
	}

	private static Object pause() {
		try {
			Thread.sleep(5);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return "paused";
	}

}
