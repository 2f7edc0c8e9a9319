package nl.clubhuis.shared;

import java.util.function.Function;
import java.util.function.IntFunction;

import org.springframework.data.domain.Page;

/**
 * The page of a list an address asks for with {@code ?pagina=} (1-based). Addresses are
 * shared and edited by hand, so anything that is not a page number means the first page,
 * and a number past the end means the last page; never an error. Controllers take it as a
 * parameter ({@link PageNumberResolver} reads it).
 */
public record PageNumber(int value) {

	public static final String PARAMETER = "pagina";

	/**
	 * No list has this many pages; a larger number is read as this one, so page × page
	 * size stays far from integer overflow in the database offset.
	 */
	static final int MAX = 100_000;

	public PageNumber {
		if (value < 1 || value > MAX) {
			throw new IllegalArgumentException("no page " + value);
		}
	}

	/**
	 * The page a text asks for: 1 for nothing, garbage, zero, negative numbers and
	 * numbers too large to read; {@link #MAX} for numbers above it.
	 */
	public static PageNumber parse(String text) {
		if (text == null) {
			return new PageNumber(1);
		}
		try {
			int number = Integer.parseInt(text.strip());
			return new PageNumber(Math.min(Math.max(number, 1), MAX));
		}
		catch (NumberFormatException ex) {
			return new PageNumber(1);
		}
	}

	/**
	 * The page asked for, or the last page when this number is past the end (an old link
	 * after items were removed); {@code fetch} gets a page by its 0-based number.
	 */
	public <T> Page<T> fetch(IntFunction<Page<T>> fetch) {
		return fetch(fetch, Function.identity());
	}

	/**
	 * As {@link #fetch(IntFunction)}, for a result that holds its page among other things
	 * ({@code pageOf} finds it).
	 */
	public <R> R fetch(IntFunction<R> fetch, Function<? super R, ? extends Page<?>> pageOf) {
		R found = fetch.apply(this.value - 1);
		Page<?> page = pageOf.apply(found);
		if (page.getNumber() >= page.getTotalPages() && page.getTotalPages() > 0) {
			return fetch.apply(page.getTotalPages() - 1);
		}
		return found;
	}

}
