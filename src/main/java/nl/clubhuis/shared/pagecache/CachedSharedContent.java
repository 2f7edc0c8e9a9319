package nl.clubhuis.shared.pagecache;

import java.util.function.Supplier;

import nl.clubhuis.shared.SharedContent;

/**
 * {@link SharedContent} kept in the {@link PageCache}: emptied with its pages whenever
 * the content changes on any instance, and not used while this instance cannot hear about
 * changes, nor for a browser that just made a change ({@link OwnChanges}).
 */
class CachedSharedContent implements SharedContent {

	private final PageCache cache;

	CachedSharedContent(PageCache cache) {
		this.cache = cache;
	}

	@Override
	public <T> T get(String key, Supplier<T> loader) {
		return OwnChanges.justMade() ? loader.get() : this.cache.shared(key, loader);
	}

	@Override
	public SharedContent asOfNow() {
		long since = this.cache.generation();
		return new SharedContent() {
			@Override
			public <T> T get(String key, Supplier<T> loader) {
				return OwnChanges.justMade() ? loader.get() : CachedSharedContent.this.cache.shared(key, loader, since);
			}
		};
	}

}
