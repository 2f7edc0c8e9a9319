package nl.clubhuis.shared;

import java.util.function.Supplier;

/**
 * Lists and figures that every viewer sees alike (the latest posts, the next events, the
 * counts on the home page), computed once and kept until the content changes, so a
 * member's page does not read them again for every request. What is kept must not depend
 * on who looks, except through what its key says (the question list is kept per set of
 * expertise), and must be read-only.
 * <p>
 * With the page cache switched off ({@code clubhuis.page-cache.enabled=false}) every call
 * computes anew.
 */
public interface SharedContent {

	/** The value kept under {@code key}, or what {@code loader} computes now. */
	<T> T get(String key, Supplier<T> loader);

	/**
	 * This content as it is now, for values computed from what is read next (a page of a
	 * list read first, then drawn): what is computed through it is kept only if nothing
	 * changed since this moment.
	 */
	default SharedContent asOfNow() {
		return this;
	}

	/** Computes every time: no caching. */
	static SharedContent uncached() {
		return new SharedContent() {
			@Override
			public <T> T get(String key, Supplier<T> loader) {
				return loader.get();
			}
		};
	}

}
