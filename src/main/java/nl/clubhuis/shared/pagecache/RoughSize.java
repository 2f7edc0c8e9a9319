package nl.clubhuis.shared.pagecache;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * About how many bytes a kept value takes: enough to bound the cache by memory rather
 * than by count, since one value may be a number and another a page of search results.
 * Kept values are strings, records, lists and maps of those (see {@code SharedContent});
 * anything else counts as a small object. Deep or cyclic values stop counting at
 * {@link #DEPTH}.
 */
final class RoughSize {

	/** What an object's header and a reference to it take, about. */
	static final int OBJECT = 24;

	private static final int DEPTH = 8;

	private RoughSize() {
	}

	static int of(Object value) {
		return (int) Math.min(Integer.MAX_VALUE, of(value, DEPTH));
	}

	private static long of(Object value, int depth) {
		if (value == null) {
			return 8;
		}
		if (value instanceof CharSequence text) {
			return OBJECT + 24 + text.length();
		}
		if (depth == 0) {
			return OBJECT;
		}
		if (value instanceof Collection<?> values) {
			long size = OBJECT + 16L * values.size();
			for (Object element : values) {
				size += of(element, depth - 1);
			}
			return size;
		}
		if (value instanceof Map<?, ?> map) {
			long size = OBJECT + 32L * map.size();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				size += of(entry.getKey(), depth - 1) + of(entry.getValue(), depth - 1);
			}
			return size;
		}
		if (value instanceof Optional<?> optional) {
			return OBJECT + of(optional.orElse(null), depth - 1);
		}
		if (value instanceof byte[] bytes) {
			return OBJECT + bytes.length;
		}
		if (value instanceof Record record) {
			return OBJECT + components(record, depth);
		}
		return OBJECT;
	}

	private static long components(Record record, int depth) {
		long size = 0;
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			try {
				var accessor = component.getAccessor();
				accessor.setAccessible(true);
				size += 8 + of(accessor.invoke(record), depth - 1);
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				size += OBJECT;
			}
		}
		return size;
	}

}
