package nl.clubhuis.publishing.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tags as a writer types them, "Opschalen, café ,opschalen", become a short list of
 * distinct lower-case words: "opschalen", "café".
 */
public final class Tags {

	static final int MAX_TAGS = 6;

	static final int MAX_LENGTH = 30;

	private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} -]{1,29}");

	private Tags() {
	}

	public static List<String> parse(String typed) {
		Set<String> tags = new LinkedHashSet<>();
		if (typed != null) {
			for (String part : typed.split(",")) {
				String tag = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
				if (!tag.isEmpty()) {
					tags.add(tag);
				}
			}
		}
		return new ArrayList<>(tags);
	}

	/** True when every tag is a word or two of letters, digits, spaces and hyphens. */
	public static boolean areValid(List<String> tags) {
		return tags.size() <= MAX_TAGS && tags.stream().allMatch((tag) -> ALLOWED.matcher(tag).matches());
	}

	public static String join(List<String> tags) {
		return String.join(", ", tags);
	}

}
