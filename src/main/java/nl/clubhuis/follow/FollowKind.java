package nl.clubhuis.follow;

import java.util.Locale;
import java.util.Optional;

/** What a member can follow; the Dutch word is how it travels in a form. */
public enum FollowKind {

	DOETANK("doetank"), QUESTION("vraag"), EXPERTISE("expertise"), MEMBER("lid");

	private final String word;

	FollowKind(String word) {
		this.word = word;
	}

	public String word() {
		return this.word;
	}

	public static Optional<FollowKind> fromWord(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String wanted = value.toLowerCase(Locale.ROOT);
		for (FollowKind kind : values()) {
			if (kind.word.equals(wanted)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
