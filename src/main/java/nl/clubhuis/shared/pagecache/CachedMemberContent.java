package nl.clubhuis.shared.pagecache;

import java.util.List;
import java.util.function.Supplier;

import nl.clubhuis.shared.MemberContent;

/**
 * {@link MemberContent} kept in the {@link PageCache}: a member's values are emptied when
 * their rows change on any instance, and with everything else when the content changes. A
 * browser that just made a change reads past it ({@link OwnChanges}).
 */
class CachedMemberContent implements MemberContent {

	private final PageCache cache;

	CachedMemberContent(PageCache cache) {
		this.cache = cache;
	}

	@Override
	public <T> T get(long memberId, String key, Supplier<T> loader) {
		return OwnChanges.justMade() ? loader.get() : this.cache.member(memberId, key, loader);
	}

	@Override
	public <T> T find(long memberId, String key) {
		return OwnChanges.justMade() ? null : this.cache.memberPage(memberId, key);
	}

	@Override
	public Moment now() {
		return this.cache.moment();
	}

	@Override
	public void keep(long memberId, String key, Object value, Moment since) {
		if (!OwnChanges.justMade()) {
			this.cache.keepMemberPage(memberId, key, value, since);
		}
	}

	@Override
	public void forget(long memberId) {
		this.cache.invalidateMembers(List.of(memberId));
	}

}
