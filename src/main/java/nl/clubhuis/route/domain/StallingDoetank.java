package nl.clubhuis.route.domain;

import java.time.ZonedDateTime;

import nl.clubhuis.doetank.DoetankRef;

/**
 * An active Doetank on the list "Doetanks die stilvallen": how long it has been in its
 * phase against what is usual there, when something last happened, and why it is on the
 * list ({@code longInPhase}, {@code quiet}, or both).
 *
 * @param requested a gatekeepers-overleg has been asked for and waits for its answer
 * @param mayRequest this coach may ask for an overleg (a coach of the Doetank, or a
 * beheerder)
 */
public record StallingDoetank(DoetankRef doetank, long daysInPhase, long usualDays, ZonedDateTime lastActivity,
		boolean longInPhase, boolean quiet, boolean requested, boolean mayRequest) {

	public long monthsInPhase() {
		return StallThresholds.months(this.daysInPhase);
	}

	public long usualMonths() {
		return StallThresholds.months(this.usualDays);
	}

	/** Why it is on the list, as a message key. */
	public String reasonKey() {
		if (this.longInPhase && this.quiet) {
			return "coach.stalling.reason.both";
		}
		return this.longInPhase ? "coach.stalling.reason.long" : "coach.stalling.reason.quiet";
	}

	StallingDoetank allowingRequest(boolean may) {
		return new StallingDoetank(this.doetank, this.daysInPhase, this.usualDays, this.lastActivity, this.longInPhase,
				this.quiet, this.requested, may);
	}

}
