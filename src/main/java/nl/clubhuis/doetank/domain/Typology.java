package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.TypologyCode;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Doetank's typology as it is kept: its codes in a fixed order, "MO · OB". Older data
 * may hold them in another order; it means the same.
 */
public final class Typology {

	private static final String SEPARATOR = " · ";

	private Typology() {
	}

	/** The codes in a stored typology; unknown letters are left out. */
	public static Set<TypologyCode> parse(String stored) {
		Set<TypologyCode> codes = EnumSet.noneOf(TypologyCode.class);
		if (stored != null) {
			Arrays.stream(stored.split("·"))
				.map(String::strip)
				.forEach((code) -> Arrays.stream(TypologyCode.values())
					.filter((known) -> known.name().equals(code))
					.forEach(codes::add));
		}
		return codes;
	}

	/** The typology to keep for these codes; null for none. */
	public static String format(Set<TypologyCode> codes) {
		if (codes == null || codes.isEmpty()) {
			return null;
		}
		return EnumSet.copyOf(codes).stream().map(Enum::name).collect(Collectors.joining(SEPARATOR));
	}

}
