package nl.clubhuis.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * For tests outside this package: runs the digest job for one member as it would run a
 * week from now, when their weekly digest is due, without touching anyone else's.
 */
public final class TestDigests {

	private TestDigests() {
	}

	/** Sends the member's digest as due a week from now; says how many went out. */
	public static int sendWeekLater(ApplicationContext context, long memberId) {
		return context.getBean(DigestMails.class).sendDue(Instant.now().plus(Duration.ofDays(7)), List.of(memberId));
	}

}
