package nl.clubhuis.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Readable, URL-safe names: "Slim en verantwoord innen!" becomes
 * "slim-en-verantwoord-innen".
 */
public final class Slugs {

	private static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	public static String of(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "doetank" : slug;
	}

	/**
	 * The slug of {@code text}, with -2, -3, ... appended until {@code taken} says it is
	 * free.
	 */
	public static String unique(String text, Predicate<String> taken) {
		String base = of(text);
		String candidate = base;
		for (int n = 2; taken.test(candidate); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

}
