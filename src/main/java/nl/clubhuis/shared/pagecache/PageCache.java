package nl.clubhuis.shared.pagecache;

import nl.clubhuis.shared.MemberContent;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Pages as anonymous visitors see them, by address and language, with the lists every
 * viewer sees alike and what each member sees of their own. Emptied whenever the content
 * changes ({@link #invalidateAll()}), and switched off while this instance cannot hear
 * about changes ({@link #suspend()}), so it never serves a page older than the last
 * change it knows of.
 * <p>
 * A page that was being rendered while the content changed may show the old content; its
 * renderer took the {@link #generation()} before it started, and {@link #store} drops the
 * page when that generation has passed.
 */
class PageCache {

	/**
	 * At most this many values are kept per member (a page's sections, recent searches,
	 * the events they looked at); a new one past that starts the member afresh.
	 */
	static final int KEYS_PER_MEMBER = 32;

	private final Cache<String, CachedPage> pages;

	/** What {@link CachedSharedContent} keeps, by generation and key. */
	private final Cache<SharedKey, Object> shared;

	/** What {@link CachedMemberContent} keeps, by member. */
	private final Cache<Long, MemberValues> members;

	/**
	 * Whole pages kept for members: apart from their small values, so that pages do not
	 * push those out.
	 */
	private final Cache<MemberKey, Object> memberPages;

	private final AtomicLong generation = new AtomicLong();

	/** Moves on with every change to some member's own rows. */
	private final AtomicLong memberChanges = new AtomicLong();

	private volatile boolean listening;

	PageCache(Duration timeToLive, long maxBytes, Ticker ticker) {
		this.pages = Caffeine.newBuilder()
			.expireAfterWrite(timeToLive)
			.maximumWeight(maxBytes)
			.weigher((String key, CachedPage page) -> page.weight())
			.ticker(ticker)
			.build();
		this.shared = Caffeine.newBuilder()
			.expireAfterWrite(timeToLive)
			.maximumWeight(maxBytes / 4)
			.weigher((SharedKey key, Object value) -> RoughSize.of(value))
			.executor(Runnable::run)
			.ticker(ticker)
			.build();
		// A member's values expire together, the time to live after the first: a value
		// added later does not keep the earlier ones longer.
		this.members = Caffeine.newBuilder()
			.expireAfter(Expiry.creating((Long id, MemberValues values) -> timeToLive))
			.maximumWeight(maxBytes / 4)
			.weigher((Long id, MemberValues values) -> values.weight())
			.executor(Runnable::run)
			.ticker(ticker)
			.build();
		this.memberPages = Caffeine.newBuilder()
			.expireAfterWrite(timeToLive)
			.maximumWeight(maxBytes / 4)
			.weigher((MemberKey key, Object value) -> RoughSize.of(key.key()) + RoughSize.of(value))
			.executor(Runnable::run)
			.ticker(ticker)
			.build();
	}

	/**
	 * The value kept under {@code key} in this generation, or what {@code loader}
	 * computes, kept unless the content changed meanwhile (as {@link #store}).
	 */
	<T> T shared(String key, Supplier<T> loader) {
		return shared(key, loader, this.generation.get());
	}

	/**
	 * As {@link #shared(String, Supplier)} for what was read as of {@code since} (a
	 * {@link #generation()}): once the content changed after that, computed and not kept.
	 */
	@SuppressWarnings("unchecked")
	<T> T shared(String key, Supplier<T> loader, long since) {
		if (!this.listening || this.generation.get() != since) {
			return loader.get();
		}
		SharedKey sharedKey = new SharedKey(since, key);
		Object kept = this.shared.getIfPresent(sharedKey);
		if (kept != null) {
			return (T) kept;
		}
		T value = loader.get();
		// A change that came while loading moved the generation on: then this key is
		// never asked for again, so it is not kept.
		if (value != null && this.listening && this.generation.get() == since) {
			this.shared.put(sharedKey, value);
		}
		return value;
	}

	/**
	 * The value kept for this member under {@code key}, or what {@code loader} computes,
	 * kept unless the content or this member's rows changed meanwhile.
	 */
	@SuppressWarnings("unchecked")
	<T> T member(long memberId, String key, Supplier<T> loader) {
		MemberContent.Moment before = moment();
		MemberValues kept = this.listening ? this.members.getIfPresent(memberId) : null;
		Object value = (kept != null) ? kept.get(key) : null;
		if (value != null) {
			return (T) value;
		}
		T loaded = loader.get();
		if (loaded != null && this.listening && unchangedSince(before)) {
			this.members.asMap()
				.compute(memberId,
						(id, values) -> (values != null) ? values.with(key, loaded) : MemberValues.of(key, loaded));
			// A change may have come between the check and the put: then it is not kept.
			if (!unchangedSince(before)) {
				this.members.invalidate(memberId);
			}
		}
		return loaded;
	}

	/** The page kept for this member under {@code key}, or null. */
	@SuppressWarnings("unchecked")
	<T> T memberPage(long memberId, String key) {
		return this.listening ? (T) this.memberPages.getIfPresent(new MemberKey(memberId, key)) : null;
	}

	/** The content as it is now: a page drawn after this may be kept with it. */
	MemberContent.Moment moment() {
		return new MemberContent.Moment(this.generation.get(), this.memberChanges.get());
	}

	/**
	 * Keeps a page drawn for this member since {@code before}, unless the content or a
	 * member's rows changed meanwhile (or the cache was suspended).
	 */
	void keepMemberPage(long memberId, String key, Object page, MemberContent.Moment before) {
		if (page == null || !this.listening || !unchangedSince(before)) {
			return;
		}
		MemberKey memberKey = new MemberKey(memberId, key);
		this.memberPages.put(memberKey, page);
		// A change may have come between the check and the put: then it is not kept.
		if (!unchangedSince(before)) {
			this.memberPages.asMap().remove(memberKey, page);
		}
	}

	private boolean unchangedSince(MemberContent.Moment before) {
		return this.generation.get() == before.generation() && this.memberChanges.get() == before.memberChanges();
	}

	/** These members' own rows changed: forget what is kept for them. */
	void invalidateMembers(Collection<Long> memberIds) {
		this.memberChanges.incrementAndGet();
		this.members.invalidateAll(memberIds);
		this.memberPages.asMap().keySet().removeIf((key) -> memberIds.contains(key.memberId()));
	}

	/** The page for this key, or null when there is none or the cache is suspended. */
	CachedPage find(String key) {
		return this.listening ? this.pages.getIfPresent(key) : null;
	}

	/** Taken before rendering a page that may be stored. */
	long generation() {
		return this.generation.get();
	}

	/**
	 * Keeps a page rendered since {@code generationBefore}, unless the content changed
	 * (or the cache was suspended) meanwhile.
	 */
	void store(String key, CachedPage page, long generationBefore) {
		if (!this.listening || this.generation.get() != generationBefore) {
			return;
		}
		this.pages.put(key, page);
		// A change may have come between the check and the put: then it is not kept.
		if (this.generation.get() != generationBefore) {
			this.pages.asMap().remove(key, page);
		}
	}

	/** The content changed: forget every page. */
	void invalidateAll() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
		this.shared.invalidateAll();
		this.members.invalidateAll();
		this.memberPages.invalidateAll();
	}

	/** This instance hears about every change from now on: start caching. */
	void resume() {
		invalidateAll();
		this.listening = true;
	}

	/** This instance may miss changes: forget every page and cache nothing. */
	void suspend() {
		this.listening = false;
		invalidateAll();
	}

	boolean isListening() {
		return this.listening;
	}

	long size() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	private record SharedKey(long generation, String key) {
	}

	private record MemberKey(long memberId, String key) {
	}

	/** One member's kept values, never changed: a new value makes a new set. */
	private record MemberValues(Map<String, Object> values, int weight) {

		static MemberValues of(String key, Object value) {
			return new MemberValues(Map.of(key, value), RoughSize.of(key) + RoughSize.of(value));
		}

		Object get(String key) {
			return this.values.get(key);
		}

		MemberValues with(String key, Object value) {
			if (this.values.size() >= KEYS_PER_MEMBER && !this.values.containsKey(key)) {
				return of(key, value);
			}
			Map<String, Object> more = new HashMap<>(this.values);
			Object replaced = more.put(key, value);
			int weight = this.weight + RoughSize.of(key) + RoughSize.of(value);
			return new MemberValues(Map.copyOf(more),
					(replaced != null) ? weight - RoughSize.of(key) - RoughSize.of(replaced) : weight);
		}

	}

}
