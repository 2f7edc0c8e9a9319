package nl.clubhuis.member.domain;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends every session of a member at once. Sessions live in PostgreSQL (Spring Session
 * JDBC), indexed by the login name, so this holds on every instance of the portal.
 */
@Component
public class MemberSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	MemberSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Logs the member out everywhere except in the session with this id (if any). */
	public void endAllBut(String loginName, String keepSessionId) {
		this.sessions.findByPrincipalName(loginName)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keepSessionId))
			.forEach(this.sessions::deleteById);
	}

	/**
	 * Ends them once the current transaction has committed (a login in between already
	 * sees the change), or now when there is none.
	 */
	public void endAllOf(String email) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			endAllBut(email, null);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				endAllBut(email, null);
			}
		});
	}

}
