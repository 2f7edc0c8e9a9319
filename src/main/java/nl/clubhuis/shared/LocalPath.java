package nl.clubhuis.shared;

/**
 * A path on this site to send someone back to after logging in ({@code ?terug=}): only a
 * path that starts with one slash, so a link cannot send a member off to another site (no
 * {@code //host}, no {@code /\host}, no scheme, no line breaks), and never back to the
 * login page itself.
 */
public final class LocalPath {

	private static final int MAX_LENGTH = 2_000;

	private LocalPath() {
	}

	/** The path if it is safe to redirect to, otherwise null. */
	public static String orNull(String candidate) {
		if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH || candidate.charAt(0) != '/') {
			return null;
		}
		if (candidate.length() > 1 && (candidate.charAt(1) == '/' || candidate.charAt(1) == '\\')) {
			return null;
		}
		for (int i = 0; i < candidate.length(); i++) {
			char c = candidate.charAt(i);
			if (c < 0x21 || c == 0x7f || c == '\\') {
				return null;
			}
		}
		if (candidate.equals("/login") || candidate.startsWith("/login?") || candidate.startsWith("/login/")) {
			return null;
		}
		return candidate;
	}

}
