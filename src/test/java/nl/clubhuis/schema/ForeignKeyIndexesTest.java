package nl.clubhuis.schema;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.clubhuis.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every foreign key has an index that starts with its columns. Without one, PostgreSQL
 * reads the whole referencing table for every row deleted from the referenced table (to
 * check nothing still points at it, or to cascade), and every "all X of this Y" query
 * does the same; it does not index foreign keys by itself.
 */
@IntegrationTest
class ForeignKeyIndexesTest {

	/**
	 * Foreign keys that need no index because nothing deletes, nor looks up rows, through
	 * them: {@code table(columns)} with the reason. Empty since V18, which indexed the
	 * columns that say which member recorded or changed something (deleting an account
	 * checks each of them). Put a key here only with a reason, and keep it short.
	 */
	static final Map<String, String> NEVER_JOINED_NOR_DELETED_THROUGH = Map.of();

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyForeignKeyHasAnIndexStartingWithItsColumns() {
		List<Index> indexes = indexes();
		List<String> missing = new ArrayList<>();
		for (ForeignKey key : foreignKeys()) {
			boolean indexed = indexes.stream().anyMatch((index) -> index.serves(key));
			if (!indexed && !NEVER_JOINED_NOR_DELETED_THROUGH.containsKey(key.where())) {
				missing.add(key.where() + " references " + key.referenced() + " (" + key.name() + ")");
			}
		}
		assertThat(missing).as("foreign keys without an index that starts with their columns").isEmpty();
	}

	@Test
	void theAllowlistOnlyNamesForeignKeysThatExistAndHaveNoIndex() {
		List<Index> indexes = indexes();
		Map<String, ForeignKey> keys = new TreeMap<>();
		foreignKeys().forEach((key) -> keys.put(key.where(), key));
		assertThat(NEVER_JOINED_NOR_DELETED_THROUGH.keySet()).allSatisfy((where) -> {
			assertThat(keys).as("a foreign key").containsKey(where);
			assertThat(indexes).as("%s has an index now: take it off the list", where)
				.noneMatch((index) -> index.serves(keys.get(where)));
		});
	}

	@Test
	void anIndexServesAForeignKeyWhenItStartsWithItsColumns() {
		ForeignKey key = new ForeignKey("post_doetank_fk", "post", List.of("doetank_id"), "doetank");
		assertThat(new Index("post", List.of("doetank_id", "publish_at"), null).serves(key)).isTrue();
		assertThat(new Index("post", List.of("doetank_id"), "(doetank_id IS NOT NULL)").serves(key)).isTrue();
		assertThat(new Index("post", List.of("kind", "doetank_id"), null).serves(key)).isFalse();
		assertThat(new Index("post", List.of("doetank_id"), "(status = 'GEPUBLICEERD')").serves(key)).isFalse();
		assertThat(new Index("event", List.of("doetank_id"), null).serves(key)).isFalse();
		ForeignKey pair = new ForeignKey("pair_fk", "pair", List.of("a", "b"), "other");
		assertThat(new Index("pair", List.of("b", "a", "c"), null).serves(pair)).isTrue();
		assertThat(new Index("pair", List.of("a", "c", "b"), null).serves(pair)).isFalse();
	}

	List<ForeignKey> foreignKeys() {
		List<ForeignKey> keys = this.jdbc.query("""
				SELECT c.conname AS name, t.relname AS table_name, r.relname AS referenced,
				       ARRAY(SELECT a.attname::text
				             FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, position)
				             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
				             ORDER BY k.position) AS columns
				FROM pg_constraint c
				JOIN pg_class t ON t.oid = c.conrelid
				JOIN pg_class r ON r.oid = c.confrelid
				JOIN pg_namespace n ON n.oid = t.relnamespace
				WHERE c.contype = 'f' AND n.nspname = current_schema()
				ORDER BY t.relname, c.conname
				""", (row, number) -> new ForeignKey(row.getString("name"), row.getString("table_name"),
				strings(row.getArray("columns")), row.getString("referenced")));
		assertThat(keys).as("foreign keys in the database").isNotEmpty();
		return keys;
	}

	/** Valid indexes with their key columns (an expression shows as null). */
	List<Index> indexes() {
		return this.jdbc.query(
				"""
						SELECT t.relname AS table_name, pg_get_expr(i.indpred, i.indrelid) AS predicate,
						       ARRAY(SELECT a.attname::text
						             FROM unnest(string_to_array(i.indkey::text, ' ')::int2[]) WITH ORDINALITY AS k(attnum, position)
						             LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
						             WHERE k.position <= i.indnkeyatts
						             ORDER BY k.position) AS columns
						FROM pg_index i
						JOIN pg_class t ON t.oid = i.indrelid
						JOIN pg_namespace n ON n.oid = t.relnamespace
						WHERE n.nspname = current_schema() AND i.indisvalid
						""",
				(row, number) -> new Index(row.getString("table_name"), strings(row.getArray("columns")),
						row.getString("predicate")));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	record ForeignKey(String name, String table, List<String> columns, String referenced) {

		String where() {
			return this.table + "(" + String.join(", ", this.columns) + ")";
		}

	}

	record Index(String table, List<String> columns, String predicate) {

		/**
		 * Whether looking up rows by the key's columns can use this index: its first
		 * columns are the key's columns (in any order), and it covers every row that has
		 * a value in them (a partial index only when it leaves out rows without one).
		 */
		boolean serves(ForeignKey key) {
			int size = key.columns().size();
			if (!this.table.equals(key.table()) || this.columns.size() < size) {
				return false;
			}
			if (!new HashSet<>(this.columns.subList(0, size)).equals(new HashSet<>(key.columns()))) {
				return false;
			}
			return this.predicate == null || notNullOnly(key.columns()).contains(this.predicate);
		}

		private static Set<String> notNullOnly(List<String> columns) {
			Set<String> predicates = new HashSet<>();
			for (String column : columns) {
				predicates.add("(" + column + " IS NOT NULL)");
			}
			return predicates;
		}

	}

}
