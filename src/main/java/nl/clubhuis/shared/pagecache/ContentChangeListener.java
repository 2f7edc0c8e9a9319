package nl.clubhuis.shared.pagecache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Hears from PostgreSQL whenever the content changes, whichever instance changed it, and
 * empties this instance's {@link PageCache}. Every table that pages show has triggers
 * (V60, V64) that send a notification on {@value #CHANNEL} when a transaction that
 * changed a row of it (or emptied it) commits; a table of members' own rows (V63) sends
 * {@code member:<id>} instead, which only forgets what is kept for that member. While the
 * connection that listens is lost (a database restart), the cache is suspended: pages are
 * rendered fresh until it listens again.
 */
class ContentChangeListener implements SmartLifecycle {

	static final String CHANNEL = "clubhuis_content";

	static final String MEMBER_PREFIX = "member:";

	private static final Logger log = LoggerFactory.getLogger(ContentChangeListener.class);

	private static final int WAIT_MILLIS = 500;

	private static final int CHECK_EVERY_WAITS = 20;

	private final DataSource dataSource;

	private final PageCache cache;

	private final boolean cacheOn;

	private volatile boolean running;

	private Thread thread;

	/**
	 * Listens only while the cache is on ({@code cacheOn}): nothing to empty otherwise.
	 */
	ContentChangeListener(DataSource dataSource, PageCache cache, boolean cacheOn) {
		this.dataSource = dataSource;
		this.cache = cache;
		this.cacheOn = cacheOn;
	}

	@Override
	public boolean isAutoStartup() {
		return this.cacheOn;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::listenWhileRunning, "page-cache-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		this.cache.suspend();
		try {
			this.thread.join(2 * WAIT_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listenWhileRunning() {
		boolean lost = false;
		while (this.running) {
			try {
				listen();
			}
			catch (SQLException | RuntimeException ex) {
				this.cache.suspend();
				if (!lost) {
					log.warn("Page cache off: cannot hear content changes from PostgreSQL ({}); retrying",
							ex.getMessage());
				}
				lost = true;
				pause();
			}
		}
	}

	private void listen() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			statement.execute("LISTEN " + CHANNEL);
			PGConnection listening = connection.unwrap(PGConnection.class);
			this.cache.resume();
			log.info("Page cache on: listening for content changes");
			int waits = 0;
			while (this.running) {
				PGNotification[] changes = listening.getNotifications(WAIT_MILLIS);
				if (changes != null && changes.length > 0) {
					forget(changes);
				}
				if (++waits % CHECK_EVERY_WAITS == 0 && !connection.isValid(2)) {
					throw new SQLException("the listening connection is no longer valid");
				}
			}
		}
	}

	/**
	 * A change to members' own rows ({@value #MEMBER_PREFIX}id) forgets what is kept for
	 * them; any other change forgets everything.
	 */
	private void forget(PGNotification[] changes) {
		Set<Long> members = new HashSet<>();
		for (PGNotification change : changes) {
			Long member = memberOf(change.getParameter());
			if (member == null) {
				this.cache.invalidateAll();
				return;
			}
			members.add(member);
		}
		this.cache.invalidateMembers(members);
	}

	static Long memberOf(String payload) {
		if (payload == null || !payload.startsWith(MEMBER_PREFIX)) {
			return null;
		}
		try {
			return Long.valueOf(payload.substring(MEMBER_PREFIX.length()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private void pause() {
		try {
			Thread.sleep(2 * WAIT_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}
