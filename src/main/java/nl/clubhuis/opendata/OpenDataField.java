package nl.clubhuis.opendata;

/** A column of an open dataset: its stable snake_case name and its type. */
public record OpenDataField(String name, Type type) {

	public static OpenDataField text(String name) {
		return new OpenDataField(name, Type.TEXT);
	}

	public static OpenDataField integer(String name) {
		return new OpenDataField(name, Type.INTEGER);
	}

	public static OpenDataField date(String name) {
		return new OpenDataField(name, Type.DATE);
	}

	public static OpenDataField moment(String name) {
		return new OpenDataField(name, Type.MOMENT);
	}

	public static OpenDataField yesNo(String name) {
		return new OpenDataField(name, Type.BOOLEAN);
	}

	public static OpenDataField list(String name) {
		return new OpenDataField(name, Type.LIST);
	}

	/**
	 * How a value is written. TEXT as it was written; INTEGER a whole number; DATE
	 * {@code 2014-04-01}; MOMENT ISO-8601 with the offset of Amsterdam; BOOLEAN
	 * {@code true}/{@code false}; LIST texts, in CSV joined with {@code "; "}, in JSON an
	 * array.
	 */
	public enum Type {

		TEXT, INTEGER, DATE, MOMENT, BOOLEAN, LIST

	}

}
