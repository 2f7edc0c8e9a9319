package nl.clubhuis.shared;

import java.util.Locale;

/**
 * Reads filters and page numbers from addresses people share and edit: anything unknown
 * means "no filter" or "the first page", never an error.
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

	/** A page number from 1 up; 1 for anything else. */
	public static int pageNumber(String page) {
		try {
			return Math.max(1, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
