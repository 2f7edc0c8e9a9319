package nl.clubhuis.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database is away or too slow, try again". */
class DatabaseTroubleTest {

	@Test
	void noConnectionFromThePoolIsTrouble() {
		// What stopping PostgreSQL under a running portal gave (Hibernate's
		// JDBCConnectionException stands in as a plain RuntimeException here).
		Throwable failure = new ServletException("Request processing failed",
				new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
						new RuntimeException("Unable to acquire JDBC Connection",
								new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));
		assertThat(DatabaseTrouble.isCause(failure)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "08006", "08001", "57P01", "57P02", "57P03", "57014", "53300" })
	void aBrokenConnectionARestartOrATimeoutIsTrouble(String state) {
		Throwable failure = new JpaSystemException(new RuntimeException(new SQLException("gone", state)));
		assertThat(DatabaseTrouble.isCause(failure)).isTrue();
	}

	@Test
	void aRollbackOnAConnectionThePoolClosedIsTrouble() {
		// What a PostgreSQL restart gave when the rollback after a broken connection
		// overrode the first failure.
		Throwable failure = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed")));
		assertThat(DatabaseTrouble.isCause(failure)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "23505", "22021", "42P01", "40001", "55P03" })
	void aWrongStatementOrABrokenRuleIsNot(String state) {
		assertThat(DatabaseTrouble.isCause(new JpaSystemException(new RuntimeException(new SQLException("no", state)))))
			.isFalse();
	}

	@Test
	void conflictsAndOtherFailuresAreNot() {
		assertThat(DatabaseTrouble.isCause(new DataIntegrityViolationException("duplicate"))).isFalse();
		assertThat(DatabaseTrouble.isCause(new OptimisticLockingFailureException("changed"))).isFalse();
		assertThat(DatabaseTrouble.isCause(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseTrouble.isCause(new SQLException("no state"))).isFalse();
	}

	@Test
	void aCauseChainWithALoopEnds() {
		RuntimeException first = new RuntimeException("first");
		RuntimeException second = new RuntimeException("second", first);
		first.initCause(second);
		assertThat(DatabaseTrouble.isCause(second)).isFalse();
	}

}
