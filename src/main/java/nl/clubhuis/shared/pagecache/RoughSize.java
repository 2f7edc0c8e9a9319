package nl.clubhuis.shared.pagecache;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * About how many bytes a kept value takes: enough to bound the cache by memory rather
 * than by count, since one value may be a number and another a page of search results.
 * Kept values are strings, records, lists, pages and maps of those (see
 * {@code SharedContent}); a small value (a number, a date, an enum) counts as a small
 * object, and an object of any other class as {@link #UNKNOWN}, on the safe side. Deep,
 * shared or cyclic values stop counting after {@link #DEPTH} levels or
 * {@link #MOST_PARTS} parts.
 */
final class RoughSize {

	/** What an object's header and a reference to it take, about. */
	static final int OBJECT = 24;

	/** An object whose parts are not looked into. */
	static final int UNKNOWN = 1024;

	private static final int MOST_PARTS = 100_000;

	private static final int DEPTH = 12;

	private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
		@Override
		protected Method[] computeValue(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			Method[] accessors = new Method[components.length];
			for (int i = 0; i < components.length; i++) {
				accessors[i] = components[i].getAccessor();
				accessors[i].setAccessible(true);
			}
			return accessors;
		}
	};

	private int parts;

	private RoughSize() {
	}

	static int of(Object value) {
		return (int) Math.min(Integer.MAX_VALUE, new RoughSize().weigh(value, DEPTH));
	}

	private long weigh(Object value, int depth) {
		if (depth == 0 || ++this.parts > MOST_PARTS) {
			return OBJECT;
		}
		if (value == null) {
			return 8;
		}
		if (value instanceof CharSequence text) {
			// Two bytes a character: a string with one character past Latin-1 (a dash, an
			// arrow) holds every character in two.
			return OBJECT + 24 + 2L * text.length();
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof Character
				|| value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof UUID) {
			return OBJECT;
		}
		if (value instanceof Iterable<?> values) {
			long size = OBJECT;
			for (Object element : values) {
				size += 16 + weigh(element, depth - 1);
			}
			return size;
		}
		if (value instanceof Map<?, ?> map) {
			long size = OBJECT;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				size += 32 + weigh(entry.getKey(), depth - 1) + weigh(entry.getValue(), depth - 1);
			}
			return size;
		}
		if (value instanceof Optional<?> optional) {
			return OBJECT + weigh(optional.orElse(null), depth - 1);
		}
		if (value instanceof byte[] bytes) {
			return OBJECT + bytes.length;
		}
		if (value instanceof Record record) {
			return OBJECT + components(record, depth);
		}
		return UNKNOWN;
	}

	private long components(Record record, int depth) {
		long size = 0;
		try {
			for (Method accessor : ACCESSORS.get(record.getClass())) {
				size += 8 + weigh(accessor.invoke(record), depth - 1);
			}
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			size += UNKNOWN;
		}
		return size;
	}

}
