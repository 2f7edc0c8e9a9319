package nl.clubhuis.partners.domain;

import java.net.URI;

/**
 * A partner's link must be a web address: a "javascript:" link would run in the reader's
 * browser.
 */
public final class PartnerLink {

	private PartnerLink() {
	}

	/** An http or https address with a host; null (no link) is allowed elsewhere. */
	public static boolean isWebAddress(String link) {
		if (link == null) {
			return false;
		}
		try {
			URI uri = URI.create(link);
			boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
			return web && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
