package nl.clubhuis.shared;

import java.util.Locale;

/**
 * Reads filters from addresses people share and edit: anything unknown means "no filter",
 * never an error. Page numbers: {@link PageNumber}.
 */
public final class Params {

	private Params() {
	}

	/** The value of {@code type} named (in any case), or null. */
	public static <E extends Enum<E>> E option(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
