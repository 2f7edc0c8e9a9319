package nl.clubhuis.shared;

import java.time.Duration;
import java.util.function.ToIntFunction;

/**
 * What the portal limits per client address or per member, how often within which window
 * (the numbers come from {@link ClubhuisProperties.Limits}), and the message key a person
 * sees when the limit is reached. Member-to-member messages have their own exact count
 * (the contact module's daily limit), not one of these.
 */
public enum RateLimit {

	/** New accounts per client address. */
	REGISTRATION(Duration.ofHours(1), ClubhuisProperties.Limits::registrationsPerHour, "limit.registration"),

	/** Files one member uploads (documents, pictures, templates). */
	UPLOAD(Duration.ofDays(1), ClubhuisProperties.Limits::uploadsPerDay, "upload.refused.limit"),

	/** Reports one member sends to the editors. */
	REPORT(Duration.ofDays(1), ClubhuisProperties.Limits::reportsPerDay, "limit.report");

	private final Duration window;

	private final ToIntFunction<ClubhuisProperties.Limits> allowed;

	private final String messageKey;

	RateLimit(Duration window, ToIntFunction<ClubhuisProperties.Limits> allowed, String messageKey) {
		this.window = window;
		this.allowed = allowed;
		this.messageKey = messageKey;
	}

	/** The time in which {@link #allowed} attempts may be made; then they may again. */
	public Duration window() {
		return this.window;
	}

	/** How many attempts a window allows under these settings; 0 means no limit. */
	public int allowed(ClubhuisProperties.Limits limits) {
		return this.allowed.applyAsInt(limits);
	}

	/** What the person sees when the limit is reached. */
	public String messageKey() {
		return this.messageKey;
	}

}
