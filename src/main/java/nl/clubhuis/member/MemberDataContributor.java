package nl.clubhuis.member;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A module's part of the export at /mijn/gegevens: everything it holds about one member
 * (AVG articles 15 and 20). Each module implements it in its internals, reading only its
 * own tables, with a fixed number of statements whatever the member did.
 */
public interface MemberDataContributor {

	/** The key of this part in the export, for example {@code "agenda"}. */
	String section();

	/**
	 * What this module holds about the member: records, lists or maps that Jackson writes
	 * as JSON.
	 */
	Object dataOf(long memberId);

	/**
	 * Rows of a query as maps from column name to value, with times as {@code Instant},
	 * days as {@code LocalDate} and SQL arrays as lists, so they read well as JSON.
	 */
	static List<Map<String, Object>> rows(JdbcTemplate jdbc, String sql, Object... args) {
		return jdbc.query(sql, (rs, rowNum) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
				row.put(rs.getMetaData().getColumnLabel(column), readable(rs.getObject(column)));
			}
			return row;
		}, args);
	}

	private static Object readable(Object value) throws SQLException {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		if (value instanceof Array array) {
			return Arrays.asList((Object[]) array.getArray());
		}
		return value;
	}

}
