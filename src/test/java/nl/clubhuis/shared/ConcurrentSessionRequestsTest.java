package nl.clubhuis.shared;

import nl.clubhuis.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Two requests of one session that run at the same time each load the session, and each
 * may add the same attribute (the first CSRF token after a login); the second to finish
 * must not fail with a duplicate key.
 */
@IntegrationTest
class ConcurrentSessionRequestsTest {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsThatAddTheSameAttributeBothSucceedAndTheLastWins() {
		race(this.sessions);
	}

	private static <S extends Session> void race(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		sessions.save(created);
		S first = sessions.findById(created.getId());
		S second = sessions.findById(created.getId());

		first.setAttribute("token", "from the first request");
		second.setAttribute("token", "from the second request");
		sessions.save(first);

		assertThatNoException().isThrownBy(() -> sessions.save(second));
		assertThat((String) sessions.findById(created.getId()).getAttribute("token"))
			.isEqualTo("from the second request");
		sessions.deleteById(created.getId());
	}

}
