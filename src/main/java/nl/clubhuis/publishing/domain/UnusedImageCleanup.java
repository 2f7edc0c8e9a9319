package nl.clubhuis.publishing.domain;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pictures uploaded with a preview or a form that was never saved are kept for a day, so
 * the writer can still use them, then removed.
 */
@Component
class UnusedImageCleanup {

	private static final Logger log = LoggerFactory.getLogger(UnusedImageCleanup.class);

	static final Duration KEPT_FOR = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	UnusedImageCleanup(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "0 17 * * * *")
	@SchedulerLock(name = "unused-image-cleanup")
	void removeUnusedImages() {
		int removed = this.jdbc.update("""
				DELETE FROM image i
				WHERE i.uploaded_at < ?
				AND NOT EXISTS (SELECT 1 FROM post p WHERE p.cover_image_id = i.id)
				""", java.sql.Timestamp.from(this.clock.instant().minus(KEPT_FOR)));
		if (removed > 0) {
			log.info("Removed {} uploaded pictures that no post uses", removed);
		}
	}

}
