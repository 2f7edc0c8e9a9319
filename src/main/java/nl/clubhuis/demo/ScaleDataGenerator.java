package nl.clubhuis.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With the {@code scale} profile (usually beside {@code demo}): fills the database with
 * thousands of Doetanks, members, posts, events and questions, once the application is
 * ready (after the demo data). Set-based SQL, one statement per table, so the default
 * sizes take minutes. Generated rows are recognisable by their numbered e-mail address,
 * slug or submission ({@link ScaleSql}); each statement adds only the rows that are
 * missing, so running it twice adds nothing and a larger size adds the rest. Every
 * generated member has the demo password, hashed once.
 */
class ScaleDataGenerator {

	private static final Logger log = LoggerFactory.getLogger(ScaleDataGenerator.class);

	/** Two instances starting together take turns, each step in its own transaction. */
	private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('clubhuis-scale-data'))";

	/**
	 * The pool's statement timeout is meant for pages; filling a table with thousands of
	 * rows may take longer on a slow or busy machine.
	 */
	private static final String NO_TIMEOUT = "SET LOCAL statement_timeout = 0";

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final PasswordEncoder passwords;

	private final ScaleProperties sizes;

	ScaleDataGenerator(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
			PasswordEncoder passwords, ScaleProperties sizes) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.passwords = passwords;
		this.sizes = sizes;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		generate();
	}

	/** Adds what is missing to reach the sizes; the rows added per table, in order. */
	Map<String, Integer> generate() {
		long start = System.nanoTime();
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("members", this.sizes.members())
			.addValue("doetanks", this.sizes.doetanks())
			.addValue("posts", this.sizes.posts())
			.addValue("events", this.sizes.events())
			.addValue("questions", this.sizes.questions());
		Map<String, Integer> added = new LinkedHashMap<>();
		for (List<ScaleSql.Step> group : ScaleSql.GROUPS) {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.getJdbcOperations().execute(NO_TIMEOUT);
				this.jdbc.getJdbcOperations().execute(LOCK);
				if (!params.hasValue("hash")) {
					params.addValue("hash", passwordHash());
				}
				this.jdbc.getJdbcOperations().execute("SET LOCAL work_mem = '64MB'");
				for (ScaleSql.Step step : group) {
					long begin = System.nanoTime();
					int rows = this.jdbc.update(step.sql(), params);
					added.merge(step.table(), rows, Integer::sum);
					log.info("Scale data: {} +{} in {} ms", step.table(), rows,
							(System.nanoTime() - begin) / 1_000_000);
				}
			});
		}
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.getJdbcOperations().execute(NO_TIMEOUT);
			this.jdbc.getJdbcOperations().execute(ScaleSql.ANALYZE);
		});
		log.info("Scale data: {} rows added in {} s ({})", added.values().stream().mapToInt(Integer::intValue).sum(),
				(System.nanoTime() - start) / 1_000_000_000, this.sizes);
		return added;
	}

	/** The hash the generated members have already, so they all keep sharing one. */
	private String passwordHash() {
		List<String> existing = this.jdbc.getJdbcOperations()
			.queryForList("SELECT password_hash FROM member WHERE email = 'schaal-1@example.org'", String.class);
		return existing.isEmpty() ? this.passwords.encode(DemoPeople.PASSWORD) : existing.get(0);
	}

}
