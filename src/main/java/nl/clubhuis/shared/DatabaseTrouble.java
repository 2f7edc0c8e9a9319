package nl.clubhuis.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Whether a failure means the database cannot be reached or did not answer in time: no
 * connection within the pool's wait, a connection that broke (PostgreSQL restarted or
 * shut down), or a statement that ran past its timeout. Such a request gets "try again"
 * (503) instead of an error; a wrong statement or a broken rule is not trouble of this
 * kind. What surfaces was found by stopping PostgreSQL under a running portal:
 * {@code CannotCreateTransactionException} from a JPA transaction (Hibernate's
 * {@code JDBCConnectionException} around Hikari's
 * {@code SQLTransientConnectionException}), and SQL states 08xxx and 57P01 from
 * connections that were open at the time.
 */
public final class DatabaseTrouble {

	private DatabaseTrouble() {
	}

	/** Whether this exception, or one of its causes, is database trouble. */
	public static boolean isCause(Throwable failure) {
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
			if (isTrouble(cause)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isTrouble(Throwable cause) {
		return cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
				|| cause instanceof QueryTimeoutException || cause instanceof TransactionTimedOutException
				|| cause instanceof SQLTransientConnectionException
				|| cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
				|| cause instanceof SQLTimeoutException
				|| (cause instanceof SQLException sql && (isTroubleState(sql.getSQLState()) || isClosedInPool(sql)));
	}

	/**
	 * Hikari's answer when a connection the pool already closed is used again (as when a
	 * rollback follows a broken connection); it carries no SQL state.
	 */
	private static boolean isClosedInPool(SQLException sql) {
		return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
	}

	/**
	 * PostgreSQL's connection exceptions (class 08), a server shutting down or starting
	 * (57P01–57P03), a statement cancelled by its timeout (57014) and too many
	 * connections (53300).
	 */
	static boolean isTroubleState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P") || "57014".equals(state)
				|| "53300".equals(state));
	}

}
