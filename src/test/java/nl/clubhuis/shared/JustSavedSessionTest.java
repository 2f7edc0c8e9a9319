package nl.clubhuis.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import nl.clubhuis.shared.SparingSessionRepository.SparingSession;
import org.junit.jupiter.api.Test;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lookup that follows a save on the same thread is answered with the session just
 * saved, once, and never after the request has ended or the session was deleted.
 */
class JustSavedSessionTest {

	private final CountingSessions store = new CountingSessions();

	private final SparingSessionRepository<MapSession> sessions = new SparingSessionRepository<>(this.store,
			Duration.ofMinutes(1));

	@Test
	void theLookupAfterASaveIsAnsweredWithoutReadingTheStore() {
		SparingSession<MapSession> session = savedSession();

		SparingSession<MapSession> found = this.sessions.findById(session.getId());

		assertThat(found).isSameAs(session);
		assertThat(this.store.reads).isZero();
	}

	@Test
	void onlyTheFirstLookupAfterASave() {
		SparingSession<MapSession> session = savedSession();
		this.sessions.findById(session.getId());

		SparingSession<MapSession> again = this.sessions.findById(session.getId());

		assertThat(again.getId()).isEqualTo(session.getId());
		assertThat(this.store.reads).isEqualTo(1);
	}

	@Test
	void aLookupOfAnotherSessionReadsTheStore() {
		SparingSession<MapSession> other = savedSession();
		SparingSession<MapSession> session = savedSession();

		SparingSession<MapSession> found = this.sessions.findById(other.getId());

		assertThat(found.getId()).isEqualTo(other.getId()).isNotEqualTo(session.getId());
		assertThat(this.store.reads).isEqualTo(1);
	}

	@Test
	void afterTheRequestEndedASessionDeletedElsewhereIsGone() {
		SparingSession<MapSession> session = savedSession();
		this.sessions.forgetSaved();
		this.store.deleteById(session.getId());

		assertThat(this.sessions.findById(session.getId())).isNull();
	}

	@Test
	void aDeletedSessionIsNotOffered() {
		SparingSession<MapSession> session = savedSession();

		this.sessions.deleteById(session.getId());

		assertThat(this.sessions.findById(session.getId())).isNull();
	}

	@Test
	void anExpiredSessionIsNotOffered() {
		MapSession idle = new MapSession();
		idle.setMaxInactiveInterval(Duration.ofMinutes(30));
		idle.setLastAccessedTime(Instant.now().minus(Duration.ofHours(1)));
		this.sessions.save(new SparingSession<>(idle, Duration.ofMinutes(1)));

		assertThat(this.sessions.findById(idle.getId())).isNull();
	}

	@Test
	void anotherThreadDoesNotGetIt() throws Exception {
		SparingSession<MapSession> session = savedSession();
		this.store.deleteById(session.getId());
		Object[] found = new Object[] { "not looked up" };

		Thread other = new Thread(() -> found[0] = this.sessions.findById(session.getId()));
		other.start();
		other.join();

		assertThat(found[0]).isNull();
	}

	private SparingSession<MapSession> savedSession() {
		SparingSession<MapSession> session = this.sessions.createSession();
		session.setAttribute("member", "someone");
		this.sessions.save(session);
		return session;
	}

	/** Spring Session's map repository, counting the lookups that reach it. */
	private static final class CountingSessions implements FindByIndexNameSessionRepository<MapSession> {

		private final MapSessionRepository sessions = new MapSessionRepository(new HashMap<>());

		int reads;

		@Override
		public MapSession createSession() {
			return this.sessions.createSession();
		}

		@Override
		public void save(MapSession session) {
			this.sessions.save(session);
		}

		@Override
		public MapSession findById(String id) {
			this.reads++;
			return this.sessions.findById(id);
		}

		@Override
		public void deleteById(String id) {
			this.sessions.deleteById(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

}
