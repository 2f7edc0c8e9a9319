package nl.clubhuis.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import nl.clubhuis.IntegrationTest;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java enums stored by name ({@code @Enumerated(EnumType.STRING)}) and the CHECK
 * constraints that list the allowed values of their columns say the same: a constant
 * added to an enum without a migration would fail only when someone first saves it, and a
 * value the database allows that no enum has could never be read. The enum columns come
 * from the JPA mapping, the allowed values from PostgreSQL itself, so the test follows
 * new entities and migrations without being told.
 */
@IntegrationTest
class EnumColumnsTest {

	/**
	 * Enum columns whose values the database does not check (yet): any name fits, so they
	 * cannot get out of step with their enum, but nothing stops a wrong value either.
	 * Empty since V18: every enum column gets a CHECK list in its migration. Put a column
	 * here only with a reason; when it gets a list, take it off (the last test here says
	 * so).
	 */
	static final Set<String> WITHOUT_CHECK = Set.of();

	/**
	 * Enum columns written with plain SQL (no entity maps them), with the enum whose
	 * names they hold: checked like the mapped ones.
	 */
	static final Map<String, Class<? extends Enum<?>>> WRITTEN_WITH_SQL = Map.of("follow.target_kind",
			nl.clubhuis.follow.FollowKind.class, "notification.kind", nl.clubhuis.notifications.NotificationKind.class,
			"report.item_kind", nl.clubhuis.moderation.ReportKind.class, "report.outcome",
			nl.clubhuis.moderation.domain.Reports.Outcome.class, "notification_preference.kind",
			nl.clubhuis.notifications.NotificationKind.class, "notification_preference.delivery",
			nl.clubhuis.notifications.domain.Delivery.class, "notification_digest.period",
			nl.clubhuis.notifications.domain.DigestPeriod.class, "question.phase", nl.clubhuis.doetank.Phase.class);

	private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyEnumColumnAllowsExactlyTheNamesOfItsEnum() {
		Map<String, CheckList> checks = checkLists();
		List<String> problems = new ArrayList<>();
		enumColumns().forEach((column, type) -> {
			CheckList check = checks.get(column);
			if (check == null) {
				if (!WITHOUT_CHECK.contains(column)) {
					problems.add(column + " stores " + type.getSimpleName()
							+ " but has no CHECK constraint listing its values; add one in a migration");
				}
				return;
			}
			Set<String> names = new LinkedHashSet<>(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
			Set<String> notAllowed = new LinkedHashSet<>(names);
			notAllowed.removeAll(check.values());
			Set<String> unknown = new LinkedHashSet<>(check.values());
			unknown.removeAll(names);
			if (!notAllowed.isEmpty() || !unknown.isEmpty()) {
				problems.add(column + " stores " + type.getSimpleName() + ", but its CHECK constraint " + check.name()
						+ ((notAllowed.isEmpty()) ? "" : " does not allow " + notAllowed)
						+ ((!notAllowed.isEmpty() && !unknown.isEmpty()) ? " and" : "") + ((unknown.isEmpty()) ? ""
								: " allows " + unknown + " that " + type.getSimpleName() + " lacks"));
			}
		});
		assertThat(problems).as("enum columns out of step with their CHECK constraints").isEmpty();
	}

	@Test
	void everyCheckListBelongsToAnEnumColumn() {
		Map<String, Class<? extends Enum<?>>> enums = enumColumns();
		assertThat(checkLists().keySet()).as("CHECK lists on columns that no entity maps to an enum")
			.allSatisfy((column) -> assertThat(enums).containsKey(column));
	}

	@Test
	void theColumnsListedWithoutACheckAreStillEnumColumnsWithoutOne() {
		Map<String, Class<? extends Enum<?>>> enums = enumColumns();
		Map<String, CheckList> checks = checkLists();
		assertThat(WITHOUT_CHECK).allSatisfy((column) -> {
			assertThat(enums).as("an enum column").containsKey(column);
			assertThat(checks).as("%s has a CHECK list now: take it off WITHOUT_CHECK", column)
				.doesNotContainKey(column);
		});
	}

	@Test
	void theCheckReaderReadsAListOfValues() {
		assertThat(CheckList.read("t_ck",
				"CHECK (((kind)::text = ANY ((ARRAY['A'::character varying, 'B_C'::character varying, 'D''E'::character varying])::text[])))"))
			.isEqualTo(new CheckList("t_ck", Set.of("A", "B_C", "D'E")));
		assertThat(CheckList.read("t_ck", "CHECK ((capacity IS NULL) OR (capacity > 0))")).isNull();
	}

	/**
	 * Every column an entity maps to an enum stored by its name: table.column to enum.
	 */
	Map<String, Class<? extends Enum<?>>> enumColumns() {
		Map<String, Class<? extends Enum<?>>> columns = new TreeMap<>();
		this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getMappingMetamodel()
			.forEachEntityDescriptor((entity) -> entity.forEachAttributeMapping((attribute) -> {
				attribute.forEachSelectable((index, selectable) -> addIfEnum(selectable, columns));
				if (attribute instanceof PluralAttributeMapping collection) {
					collection.getElementDescriptor()
						.forEachSelectable((index, selectable) -> addIfEnum(selectable, columns));
				}
			}));
		assertThat(columns).as("enum columns found in the JPA mapping").isNotEmpty();
		columns.putAll(WRITTEN_WITH_SQL);
		return columns;
	}

	@SuppressWarnings("unchecked")
	private static void addIfEnum(SelectableMapping selectable, Map<String, Class<? extends Enum<?>>> columns) {
		Class<?> type = selectable.getJdbcMapping().getMappedJavaType().getJavaTypeClass();
		if (type.isEnum() && selectable.getJdbcMapping().getJdbcType().isStringLike()) {
			columns.put(selectable.getContainingTableExpression() + "." + selectable.getSelectionExpression(),
					(Class<? extends Enum<?>>) type);
		}
	}

	/**
	 * The CHECK constraints that list the values one column allows: table.column to list.
	 */
	Map<String, CheckList> checkLists() {
		Map<String, CheckList> lists = new TreeMap<>();
		this.jdbc.query("""
				SELECT t.relname AS table_name, a.attname AS column_name, c.conname AS name,
				       pg_get_constraintdef(c.oid) AS definition
				FROM pg_constraint c
				JOIN pg_class t ON t.oid = c.conrelid
				JOIN pg_namespace n ON n.oid = t.relnamespace
				JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
				WHERE c.contype = 'c' AND n.nspname = current_schema() AND cardinality(c.conkey) = 1
				""", (row) -> {
			String column = row.getString("table_name") + "." + row.getString("column_name");
			CheckList list = CheckList.read(row.getString("name"), row.getString("definition"));
			if (list != null) {
				assertThat(lists).as("%s has more than one CHECK list", column).doesNotContainKey(column);
				lists.put(column, list);
			}
		});
		assertThat(lists).as("CHECK lists found in the database").isNotEmpty();
		return lists;
	}

	/** The values a CHECK constraint allows in one column. */
	record CheckList(String name, Set<String> values) {

		/**
		 * The values of a constraint that only lists values ({@code col IN ('A', 'B')},
		 * which PostgreSQL shows as {@code col = ANY (ARRAY['A', 'B'])}); null for any
		 * other rule. A list mixed with other conditions fails, so the test never skips a
		 * list it cannot read.
		 */
		static CheckList read(String name, String definition) {
			if (!definition.contains("= ANY (")) {
				return null;
			}
			assertThat(definition).as("CHECK %s mixes a list of values with other conditions", name)
				.doesNotContain(" OR ", " AND ", "<>", " IS ", " NOT ");
			Set<String> values = new LinkedHashSet<>();
			Matcher literal = LITERAL.matcher(definition.substring(definition.indexOf("ARRAY[")));
			while (literal.find()) {
				values.add(literal.group(1).replace("''", "'"));
			}
			assertThat(values).as("values of CHECK %s", name).isNotEmpty();
			return new CheckList(name, values);
		}

	}

}
