package nl.clubhuis.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, on one instance only (ShedLock), removes every kind of record that is past
 * its time ({@link ExpiredRecords}). One kind that fails does not keep the others. The
 * schedule is a setting ({@code clubhuis.jobs.expired-records-cleanup.cron}) so that
 * {@code deploy/two-instances.sh} can fire it every few seconds and see, in the debug log
 * line of each run, that only one of two instances ran each firing.
 */
@Component
class ExpiredRecordsCleanup {

	private static final Logger log = LoggerFactory.getLogger(ExpiredRecordsCleanup.class);

	private final List<ExpiredRecords> kinds;

	private final Clock clock;

	ExpiredRecordsCleanup(List<ExpiredRecords> kinds, Clock clock) {
		this.kinds = kinds;
		this.clock = clock;
	}

	@Scheduled(cron = "${clubhuis.jobs.expired-records-cleanup.cron:0 41 * * * *}")
	@SchedulerLock(name = "expired-records-cleanup")
	void removeExpired() {
		Instant now = this.clock.instant();
		log.debug("Expired records cleanup ran at {}", now);
		for (ExpiredRecords kind : this.kinds) {
			try {
				int removed = kind.removeExpired(now);
				if (removed > 0) {
					log.info("Removed {} {} past their time", removed, kind.what());
				}
			}
			catch (RuntimeException ex) {
				log.error("Could not remove {} past their time", kind.what(), ex);
			}
		}
	}

}
