package nl.clubhuis.notifications.domain;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, on one instance at a time (ShedLock), sends the digests that are due.
 * Hourly rather than at 07:00 only: a run that was skipped or late is made up by the
 * next.
 */
@Component
class DigestJob {

	private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

	private final DigestMails digests;

	private final Clock clock;

	DigestJob(DigestMails digests, Clock clock) {
		this.digests = digests;
		this.clock = clock;
	}

	@Scheduled(cron = "0 7 * * * *")
	@SchedulerLock(name = "notification-digest")
	void sendDue() {
		int sent = this.digests.sendDue(this.clock.instant());
		if (sent > 0) {
			log.info("Sent {} notification digest(s)", sent);
		}
	}

}
