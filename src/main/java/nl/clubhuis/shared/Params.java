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

	/**
	 * The page asked for, or the last page when the number is past the end (an old link
	 * after items were removed); {@code fetch} gets a page by its 0-based number.
	 */
	public static <T> org.springframework.data.domain.Page<T> page(String page,
			java.util.function.IntFunction<org.springframework.data.domain.Page<T>> fetch) {
		org.springframework.data.domain.Page<T> found = fetch.apply(pageNumber(page) - 1);
		if (found.getNumber() >= found.getTotalPages() && found.getTotalPages() > 0) {
			return fetch.apply(found.getTotalPages() - 1);
		}
		return found;
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
