package nl.clubhuis.member.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.clubhuis.member.MemberErased;
import nl.clubhuis.shared.ExpiredRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An account whose address was never confirmed goes {@link #KEPT} after it was made, as
 * the privacy statement says. It could not write, so the network loses nothing, and
 * sign-ups with a mistyped address or by spammers do not pile up in beheer. Each account
 * goes in a transaction of its own; one that something still points at stays, and the log
 * says so.
 */
@Component
class NeverVerifiedAccounts implements ExpiredRecords {

	private static final Logger log = LoggerFactory.getLogger(NeverVerifiedAccounts.class);

	static final Duration KEPT = Duration.ofDays(30);

	/** Per hourly run, so a spam wave of thousands is cleared over a few hours. */
	static final int AT_MOST = 500;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final MemberSessions sessions;

	private final TransactionTemplate transactions;

	NeverVerifiedAccounts(JdbcTemplate jdbc, ApplicationEventPublisher events, MemberSessions sessions,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.events = events;
		this.sessions = sessions;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public String what() {
		return "accounts never verified";
	}

	@Override
	public int removeExpired(Instant now) {
		List<Map<String, Object>> expired = this.jdbc.queryForList("""
				SELECT id, email FROM member
				WHERE email_verified_at IS NULL AND erased_at IS NULL AND created_at < ?
				ORDER BY id LIMIT ?""", Timestamp.from(now.minus(KEPT)), AT_MOST);
		int removed = 0;
		for (Map<String, Object> account : expired) {
			long id = ((Number) account.get("id")).longValue();
			try {
				if (Boolean.TRUE.equals(this.transactions.execute((status) -> remove(id)))) {
					this.sessions.endAllBut((String) account.get("email"), null);
					removed++;
				}
			}
			catch (DataIntegrityViolationException ex) {
				log.info("Kept never-verified account {}: something still points at it", id);
			}
			catch (RuntimeException ex) {
				log.warn("Could not remove never-verified account {}: {}", id, ex.getMessage());
			}
		}
		return removed;
	}

	/** False when the member confirmed their address in the meantime. */
	private boolean remove(long id) {
		List<Long> still = this.jdbc.queryForList(
				"SELECT id FROM member WHERE id = ? AND email_verified_at IS NULL FOR UPDATE", Long.class, id);
		if (still.isEmpty()) {
			return false;
		}
		// Every module lets go of the member first (preferences, notifications, profile).
		this.events.publishEvent(new MemberErased(id, false));
		this.jdbc.update("DELETE FROM member WHERE id = ?", id);
		return true;
	}

}
