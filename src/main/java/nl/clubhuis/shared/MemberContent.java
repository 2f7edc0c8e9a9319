package nl.clubhuis.shared;

import java.util.function.Supplier;

/**
 * What a member sees of their own (the number of their unread notifications on every
 * page, the sections of /mijn, their latest searches), computed once and kept for that
 * member until it changes (or, at most, the page cache's time to live), so a page does
 * not read it again for every request. Any change to the content empties it for everyone.
 * A table behind such a value tells the caches of every instance when a member's rows
 * change: a row trigger sends {@code member:<id>} on the content channel (V63 for
 * notifications).
 * <p>
 * A member keeps a bounded number of values ({@code PageCache.KEYS_PER_MEMBER}), and all
 * members' values together a bounded amount of memory; what is kept must be read-only.
 * <p>
 * With the page cache switched off ({@code clubhuis.page-cache.enabled=false}) every call
 * computes anew.
 */
public interface MemberContent {

	/**
	 * The value kept for this member under {@code key}, or what {@code loader} computes
	 * now.
	 */
	<T> T get(long memberId, String key, Supplier<T> loader);

	/**
	 * The page (or other large value) kept for this member under {@code key}, or null.
	 * Pages are kept apart from the small values of {@link #get}, so they do not push
	 * those out, and are forgotten with them.
	 */
	<T> T find(long memberId, String key);

	/**
	 * The content as it is now: a page drawn after this moment may be kept with
	 * {@link #keep} (a page is found before its controller runs and drawn after it).
	 */
	Moment now();

	/**
	 * Keeps a page for this member under {@code key}, unless the content or a member's
	 * rows changed since {@code since}.
	 */
	void keep(long memberId, String key, Object value, Moment since);

	/**
	 * Forgets what is kept for this member on this instance: for a value that knows it
	 * changes with time alone.
	 */
	void forget(long memberId);

	/** A moment of the content: its generation and how often members' rows changed. */
	record Moment(long generation, long memberChanges) {
	}

	/** Computes every time: no caching. */
	static MemberContent uncached() {
		return new MemberContent() {
			@Override
			public <T> T get(long memberId, String key, Supplier<T> loader) {
				return loader.get();
			}

			@Override
			public <T> T find(long memberId, String key) {
				return null;
			}

			@Override
			public Moment now() {
				return new Moment(0, 0);
			}

			@Override
			public void keep(long memberId, String key, Object value, Moment since) {
			}

			@Override
			public void forget(long memberId) {
			}
		};
	}

}
