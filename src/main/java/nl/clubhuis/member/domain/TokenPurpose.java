package nl.clubhuis.member.domain;

import java.time.Duration;

/** What a mailed link is for, and how long it works. */
public enum TokenPurpose {

	VERIFY_EMAIL(Duration.ofDays(2)), RESET_PASSWORD(Duration.ofHours(1)), CHANGE_EMAIL(Duration.ofDays(1));

	private final Duration validity;

	TokenPurpose(Duration validity) {
		this.validity = validity;
	}

	public Duration validity() {
		return this.validity;
	}

}
