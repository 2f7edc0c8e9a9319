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
 * @param coach when /coach lists a Doetank as stalling
 * @param route how the network walks the route
 */
@ConfigurationProperties(prefix = "clubhuis")
public record ClubhuisProperties(@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue Mail mail,
		@DefaultValue Uploads uploads, @DefaultValue("privacy@example.org") String privacyContact, String beheerder,
		@DefaultValue Coach coach, @DefaultValue Route route) {

	public ClubhuisProperties {
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * @param from the sender of mail, also the ORGANIZER in calendars
	 */
	public record Mail(@DefaultValue("clubhuis@example.org") String from) {
	}

	/**
	 * When a Doetank "stalls" (the list "Doetanks die stilvallen" on /coach): it has been
	 * in its phase longer than usual, or nothing happened for a while.
	 *
	 * @param percentile which part of the network's finished stays in a phase were at
	 * most "usual" (0.75: longer than three in four stays)
	 * @param minimumStays below this many finished stays in a phase the network knows too
	 * little, and {@code defaultStayMonths} is what is usual
	 * @param defaultStayMonths the usual stay in a phase without enough history
	 * @param inactiveMonths no activity for this long also puts a Doetank on the list
	 */
	public record Coach(@DefaultValue("0.75") double percentile, @DefaultValue("5") int minimumStays,
			@DefaultValue("6") int defaultStayMonths, @DefaultValue("3") int inactiveMonths) {
	}

	/**
	 * @param coachesAtOverleg how many coaches at least hold a gatekeepers-overleg (an
	 * intervision among coaches), the one who records it included
	 */
	public record Route(@DefaultValue("2") int coachesAtOverleg) {
	}

	/**
	 * @param maxBytes the largest file the portal takes (8 MB)
	 */
	public record Uploads(@DefaultValue("8388608") long maxBytes) {
	}

}
