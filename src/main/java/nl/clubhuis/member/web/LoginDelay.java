package nl.clubhuis.member.web;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a login waits after failures: the first {@code freeFailures} cost nothing,
 * then every failure doubles the wait, from {@code firstDelay} up to {@code maxDelay}. An
 * attempt before {@code lastFailure + delay(failures)} is refused without checking the
 * password. Nobody is ever locked out: waiting {@code maxDelay} always buys one more try.
 */
record LoginDelay(int freeFailures, Duration firstDelay, Duration maxDelay) {

	/**
	 * One account from one address: guessing one member's password. Five free tries, then
	 * 1 s, 2 s, 4 s, ... up to 15 minutes (about a hundred guesses a day).
	 */
	static final LoginDelay PER_ACCOUNT_AND_ADDRESS = new LoginDelay(5, Duration.ofSeconds(1), Duration.ofMinutes(15));

	/**
	 * All accounts from one address: trying one password on many accounts. Twenty free
	 * (an office behind one address makes typos too), then 1 s, 2 s, ... up to a minute.
	 */
	static final LoginDelay PER_ADDRESS = new LoginDelay(20, Duration.ofSeconds(1), Duration.ofMinutes(1));

	/** Failures older than this are forgotten. */
	static final Duration FORGET_AFTER = Duration.ofDays(1);

	Duration delay(int failures) {
		if (failures < this.freeFailures) {
			return Duration.ZERO;
		}
		int doublings = failures - this.freeFailures;
		if (doublings >= 30) {
			return this.maxDelay;
		}
		Duration delay = this.firstDelay.multipliedBy(1L << doublings);
		return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
	}

	boolean allows(int failures, Instant lastFailure, Instant now) {
		return !now.isBefore(lastFailure.plus(delay(failures)));
	}

}
