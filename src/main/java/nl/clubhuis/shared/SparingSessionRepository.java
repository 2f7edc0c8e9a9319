package nl.clubhuis.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Writes a session's last access at most once per {@code interval}. Spring Session marks
 * a session as changed on every request because its last access moves, so every page a
 * member opens would update the session's row and wait for the commit to reach the disk.
 * A last access that moved by less than the interval is left as it was stored: a session
 * then ends up to one interval earlier than its timeout after the last request (minutes
 * against hours). Attributes (the CSRF token, the logged-in member) are saved as before.
 * A request that writes the row for another reason (a login, a new CSRF token) writes the
 * last access it read, which a request running beside it may have moved on by less than
 * the interval: the error stays below one interval.
 * <p>
 * Spring Session's filter saves a session twice, when the response is committed and when
 * the request ends, and the second time looks the session up again by its id to decide
 * whether to send the cookie (spring-session#1424): a second read of the row for every
 * request. The session this thread has just saved answers that lookup instead. It is only
 * kept from the save to the next lookup on this thread, and {@link #forgetSaved()} drops
 * it when a request starts and ends ({@link SessionConfiguration}), so a later request
 * never gets a session another request saved.
 */
final class SparingSessionRepository<S extends Session>
		implements FindByIndexNameSessionRepository<SparingSessionRepository.SparingSession<S>> {

	private final FindByIndexNameSessionRepository<S> sessions;

	private final Duration interval;

	private final ThreadLocal<SparingSession<S>> justSaved = new ThreadLocal<>();

	SparingSessionRepository(FindByIndexNameSessionRepository<S> sessions, Duration interval) {
		this.sessions = sessions;
		this.interval = interval;
	}

	@Override
	public SparingSession<S> createSession() {
		return new SparingSession<>(this.sessions.createSession(), Duration.ZERO);
	}

	@Override
	public void save(SparingSession<S> session) {
		this.sessions.save(session.stored);
		this.justSaved.set(session);
	}

	@Override
	public SparingSession<S> findById(String id) {
		SparingSession<S> saved = this.justSaved.get();
		this.justSaved.remove();
		if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
			return saved;
		}
		S session = this.sessions.findById(id);
		return (session != null) ? new SparingSession<>(session, this.interval) : null;
	}

	@Override
	public void deleteById(String id) {
		this.justSaved.remove();
		this.sessions.deleteById(id);
	}

	/** The request on this thread has ended: what it saved is not kept for the next. */
	void forgetSaved() {
		this.justSaved.remove();
	}

	@Override
	public Map<String, SparingSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> new SparingSession<>(entry.getValue(), this.interval)));
	}

	/** Whether a last access this much later than the stored one is worth writing. */
	static boolean worthWriting(Instant stored, Instant now, Duration interval) {
		return !now.isBefore(stored.plus(interval));
	}

	/**
	 * A session whose last access only moves once it is an interval past the stored one.
	 */
	static final class SparingSession<S extends Session> implements Session {

		private final S stored;

		private final Duration interval;

		SparingSession(S stored, Duration interval) {
			this.stored = stored;
			this.interval = interval;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (worthWriting(this.stored.getLastAccessedTime(), lastAccessedTime, this.interval)) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
