package nl.clubhuis.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's own settings ({@code clubhuis.*}, or {@code CLUBHUIS_*} in the
 * environment), with their defaults in one place.
 *
 * @param baseUrl the portal's public address, for links in mail, feeds and calendars
 * (without a slash at the end)
 * @param mail outgoing mail
 * @param uploads files members upload
 * @param privacyContact where members send questions about their data and about
 * accessibility, named on /privacy and /toegankelijkheid
 * @param beheerder the address of the account made beheerder at start (the first
 * beheerder of a new installation); none by default
 * @param openData the open data downloads
 * @param limits how often a client address or a member may do what strangers could abuse
 * ({@link RateLimit})
 * @param pageCache the cache of pages as anonymous visitors see them
 */
@ConfigurationProperties(prefix = "clubhuis")
public record ClubhuisProperties(@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue Mail mail,
		@DefaultValue Uploads uploads, @DefaultValue("privacy@example.org") String privacyContact, String beheerder,
		@DefaultValue OpenData openData, @DefaultValue Limits limits, @DefaultValue PageCache pageCache) {

	public ClubhuisProperties {
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * @param from the sender of mail, also the ORGANIZER in calendars
	 */
	public record Mail(@DefaultValue("clubhuis@example.org") String from) {
	}

	/**
	 * @param maxBytes the largest file the portal takes (8 MB)
	 */
	public record Uploads(@DefaultValue("8388608") long maxBytes) {
	}

	/**
	 * @param downloads how many open data downloads may run at once: each holds a pooled
	 * database connection until the client has read its last byte, so a few slow clients
	 * must not take the pool
	 * @param timeoutSeconds how long each statement of a download may take in the
	 * database
	 */
	public record OpenData(@DefaultValue("2") int downloads, @DefaultValue("60") int timeoutSeconds) {
	}

	/**
	 * Rate limits ({@code clubhuis.limits.*}); 0 switches one off.
	 *
	 * @param registrationsPerHour accounts made from one client address in an hour
	 * @param uploadsPerDay files one member uploads in a day
	 * @param reportsPerDay reports one member sends in a day
	 */
	public record Limits(@DefaultValue("5") int registrationsPerHour, @DefaultValue("50") int uploadsPerDay,
			@DefaultValue("20") int reportsPerDay) {
	}

	/**
	 * The page cache for anonymous visitors, with the lists every member sees alike and
	 * each member's own unread number ({@code clubhuis.page-cache.*}): every change to
	 * the content in PostgreSQL empties it on every instance at once; entries also
	 * expire, for what changes with time alone (a scheduled post, an event that has
	 * begun).
	 *
	 * @param enabled whether pages and lists are cached at all
	 * @param timeToLiveSeconds how long a page or list may be served without a change
	 * @param maxMegabytes the memory the cached pages may take; the shared lists and the
	 * members' own values take up to a quarter of it each
	 */
	public record PageCache(@DefaultValue("true") boolean enabled, @DefaultValue("30") int timeToLiveSeconds,
			@DefaultValue("64") int maxMegabytes) {
	}

}
