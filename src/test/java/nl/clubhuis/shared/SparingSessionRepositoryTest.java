package nl.clubhuis.shared;

import java.time.Duration;
import java.time.Instant;

import nl.clubhuis.shared.SparingSessionRepository.SparingSession;
import org.junit.jupiter.api.Test;

import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

/** A session's last access is only moved (and so written) once it is a minute old. */
class SparingSessionRepositoryTest {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final Instant stored = Instant.parse("2026-12-01T10:00:00Z");

	@Test
	void aRequestWithinTheMinuteLeavesTheStoredLastAccess() {
		SparingSession<MapSession> session = new SparingSession<>(storedSession(), MINUTE);

		session.setLastAccessedTime(this.stored.plusSeconds(59));

		assertThat(session.getLastAccessedTime()).isEqualTo(this.stored);
	}

	@Test
	void aRequestAMinuteLaterMovesIt() {
		SparingSession<MapSession> session = new SparingSession<>(storedSession(), MINUTE);

		session.setLastAccessedTime(this.stored.plusSeconds(60));

		assertThat(session.getLastAccessedTime()).isEqualTo(this.stored.plusSeconds(60));
	}

	@Test
	void aNewSessionTakesEveryAccess() {
		SparingSession<MapSession> session = new SparingSession<>(storedSession(), Duration.ZERO);

		session.setLastAccessedTime(this.stored.plusSeconds(1));

		assertThat(session.getLastAccessedTime()).isEqualTo(this.stored.plusSeconds(1));
	}

	private MapSession storedSession() {
		MapSession session = new MapSession();
		session.setLastAccessedTime(this.stored);
		return session;
	}

}
