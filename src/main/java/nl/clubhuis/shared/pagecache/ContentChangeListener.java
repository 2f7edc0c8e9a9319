package nl.clubhuis.shared.pagecache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Hears from PostgreSQL whenever the content changes, whichever instance changed it, and
 * empties this instance's {@link PageCache}. Every table that pages show has a trigger
 * (V60) that sends a notification on {@value #CHANNEL} when a transaction that wrote it
 * commits. While the connection that listens is lost (a database restart), the cache is
 * suspended: pages are rendered fresh until it listens again.
 */
class ContentChangeListener implements SmartLifecycle {

	static final String CHANNEL = "clubhuis_content";

	private static final Logger log = LoggerFactory.getLogger(ContentChangeListener.class);

	private static final int WAIT_MILLIS = 500;

	private static final int CHECK_EVERY_WAITS = 20;

	private final DataSource dataSource;

	private final PageCache cache;

	private volatile boolean running;

	private Thread thread;

	ContentChangeListener(DataSource dataSource, PageCache cache) {
		this.dataSource = dataSource;
		this.cache = cache;
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
					this.cache.invalidateAll();
				}
				if (++waits % CHECK_EVERY_WAITS == 0 && !connection.isValid(2)) {
					throw new SQLException("the listening connection is no longer valid");
				}
			}
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
