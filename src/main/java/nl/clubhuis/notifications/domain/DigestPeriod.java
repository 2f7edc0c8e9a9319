package nl.clubhuis.notifications.domain;

/** How often a member gets the digest of what they chose to read there. */
public enum DigestPeriod {

	DAILY, WEEKLY, NEVER

}
