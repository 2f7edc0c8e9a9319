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
 * sign-ups with a mistyped address or by spammers do not pile up in beheer. An account
 * someone still counts on stays (see {@link #STILL_EXPIRED}). Each account goes in a
 * transaction of its own; one that something else still points at stays, and the log says
 * so.
 */
@Component
class NeverVerifiedAccounts implements ExpiredRecords {

	private static final Logger log = LoggerFactory.getLogger(NeverVerifiedAccounts.class);

	static final Duration KEPT = Duration.ofDays(30);

	/**
	 * Never confirmed, made before the first parameter, and nothing that says someone
	 * still counts on it: no role beyond lid, no block (so it holds), no link still
	 * working at the second parameter (a beheerder or the member may have just sent one),
	 * no team that invited it and no vraagstuk it brought in.
	 */
	private static final String STILL_EXPIRED = """
			email_verified_at IS NULL AND erased_at IS NULL AND blocked_at IS NULL AND created_at < ?
			AND roles <@ ARRAY['LID']::varchar[]
			AND NOT EXISTS (SELECT 1 FROM account_token t
			                WHERE t.member_id = member.id AND t.used_at IS NULL AND t.expires_at > ?)
			AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.member_id = member.id)
			AND NOT EXISTS (SELECT 1 FROM doetank d WHERE d.proposed_by_id = member.id)""";

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
		Timestamp madeBefore = Timestamp.from(now.minus(KEPT));
		List<Map<String, Object>> expired = this.jdbc.queryForList(
				"SELECT id, email FROM member WHERE " + STILL_EXPIRED + " ORDER BY id LIMIT ?", madeBefore,
				Timestamp.from(now), AT_MOST);
		int removed = 0;
		for (Map<String, Object> account : expired) {
			long id = ((Number) account.get("id")).longValue();
			try {
				if (Boolean.TRUE.equals(this.transactions.execute((status) -> remove(id, madeBefore, now)))) {
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

	/**
	 * False when the account no longer qualifies (confirmed, given a role, erased,
	 * helped).
	 */
	private boolean remove(long id, Timestamp madeBefore, Instant now) {
		List<Long> still = this.jdbc.queryForList(
				"SELECT id FROM member WHERE id = ? AND " + STILL_EXPIRED + " FOR UPDATE", Long.class, id, madeBefore,
				Timestamp.from(now));
		if (still.isEmpty()) {
			return false;
		}
		// Every module lets go of the member first (preferences, notifications, profile).
		this.events.publishEvent(new MemberErased(id, false));
		this.jdbc.update("DELETE FROM member WHERE id = ?", id);
		return true;
	}

}
