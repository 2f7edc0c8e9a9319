package nl.clubhuis.member.domain;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A member's sessions, on every instance: they live in PostgreSQL (Spring Session JDBC),
 * indexed by the name the member logged in with.
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

}
