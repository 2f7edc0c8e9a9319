package nl.clubhuis.opendata.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;

import nl.clubhuis.opendata.OpenDataField;
import nl.clubhuis.opendata.OpenDataField.Type;
import nl.clubhuis.shared.AmsterdamTime;

/**
 * Turns a column or a Java value into the value its field's type says: the same value
 * whether a dataset reads it from SQL or computes it.
 */
final class Cells {

	private Cells() {
	}

	static Object read(ResultSet row, int column, Type type) throws SQLException {
		Object value = switch (type) {
			case TEXT -> row.getString(column);
			case INTEGER -> row.getLong(column);
			case DATE -> row.getObject(column, LocalDate.class);
			case MOMENT -> row.getObject(column, OffsetDateTime.class);
			case BOOLEAN -> row.getBoolean(column);
			case LIST -> list(row.getArray(column));
		};
		return row.wasNull() ? null : of(value, type);
	}

	static Object of(Object value, Type type) {
		if (value == null) {
			return null;
		}
		if (type == Type.MOMENT && value instanceof OffsetDateTime moment) {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME
				.format(moment.atZoneSameInstant(AmsterdamTime.ZONE).truncatedTo(ChronoUnit.SECONDS));
		}
		if (type == Type.INTEGER && value instanceof Number number) {
			return number.longValue();
		}
		if (type == Type.TEXT && !(value instanceof String)) {
			return value.toString();
		}
		return (value instanceof Temporal) ? value.toString() : value;
	}

	static Object[] of(List<OpenDataField> fields, Object[] values) {
		Object[] typed = new Object[fields.size()];
		for (int i = 0; i < typed.length; i++) {
			typed[i] = of(values[i], fields.get(i).type());
		}
		return typed;
	}

	private static List<String> list(Array array) throws SQLException {
		return (array != null) ? Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList() : null;
	}

}
