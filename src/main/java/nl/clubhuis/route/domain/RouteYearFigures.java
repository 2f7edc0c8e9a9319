package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.StoppedDoetank;
import nl.clubhuis.route.YearFigures;
import nl.clubhuis.shared.AmsterdamTime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly report's route numbers, computed by the database with aggregates over the
 * route's own {@code phase_transition}: four statements for a year and the year before,
 * and one batch look-up of the Doetanks that stopped (title, stop reason and lessons)
 * through the doetank module's API.
 * <p>
 * Like {@link NetworkFigures}, "brought in" reads the doetank module's {@code doetank}
 * table ({@code id} and {@code created_at} only): a count over every Doetank that must
 * not load them into memory.
 */
@Service
class RouteYearFigures implements YearFigures {

	private static final String YEAR = "extract(year FROM (%s) AT TIME ZONE 'Europe/Amsterdam')::int";

	private static final String BROUGHT_IN = "BINNENGEBRACHT";

	/** A coach's move without an overleg to an earlier phase. */
	private static final String BACK = "TERUG";

	private final JdbcTemplate jdbc;

	private final Doetanks doetanks;

	RouteYearFigures(JdbcTemplate jdbc, Doetanks doetanks) {
		this.jdbc = jdbc;
		this.doetanks = doetanks;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Integer> yearsWithData() {
		return this.jdbc.queryForList("SELECT DISTINCT %s AS y FROM phase_transition ORDER BY y DESC"
			.formatted(YEAR.formatted("happened_at")), Integer.class);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RouteYear> of(int year) {
		Map<Integer, Map<String, Long>> steps = steps(year);
		Map<String, Long> thisYear = steps.get(year);
		boolean anyStep = thisYear.entrySet()
			.stream()
			.anyMatch((entry) -> !entry.getKey().equals(BROUGHT_IN) && entry.getValue() > 0);
		if (!anyStep) {
			return Optional.empty();
		}
		Map<Integer, Map<Phase, Long>> active = activeAtYearEnd(year);
		Map<Integer, Map<Phase, Median>> medians = medians(year);
		Map<Integer, List<Stop>> stops = stops(year);
		return Optional.of(new RouteYear(year, numbers(steps.get(year), active.get(year), medians.get(year)),
				numbers(steps.get(year - 1), active.get(year - 1), medians.get(year - 1)), stops.get(year),
				stops.get(year - 1)));
	}

	private static Numbers numbers(Map<String, Long> steps, Map<Phase, Long> active, Map<Phase, Median> medians) {
		return new Numbers(steps.getOrDefault(BROUGHT_IN, 0L), count(steps, TransitionKind.INTAKE),
				count(steps, TransitionKind.DOOR) + count(steps, TransitionKind.OVERGANG),
				count(steps, TransitionKind.HERFORMULEREN) + steps.getOrDefault(BACK, 0L),
				count(steps, TransitionKind.STOPPEN),
				count(steps, TransitionKind.AFRONDEN) + count(steps, TransitionKind.AFSLUITEN), active, medians);
	}

	private static long count(Map<String, Long> steps, TransitionKind kind) {
		return steps.getOrDefault(kind.name(), 0L);
	}

	/** Per year, how many steps of each kind, and how many Doetanks were brought in. */
	private Map<Integer, Map<String, Long>> steps(int year) {
		Map<Integer, Map<String, Long>> steps = perYear(year, HashMap::new);
		this.jdbc
			.query("""
					SELECT y, kind, count(*) AS n FROM (
					    SELECT %s AS y,
					           CASE WHEN kind = 'OVERGANG' AND array_position(%s, to_phase) < array_position(%2$s, from_phase)
					                THEN '%s' ELSE kind END AS kind
					    FROM phase_transition
					    UNION ALL
					    SELECT %s, '%s' FROM doetank d
					    LEFT JOIN (SELECT doetank_id, min(happened_at) AS at FROM phase_transition
					               WHERE kind = 'INTAKE' GROUP BY doetank_id) intake ON intake.doetank_id = d.id
					) steps WHERE y IN (?, ?) GROUP BY y, kind"""
				.formatted(YEAR.formatted("happened_at"), NetworkFigures.PHASE_ORDER, BACK,
						YEAR.formatted("least(d.created_at, intake.at)"), BROUGHT_IN),
					(row) -> {
						steps.get(row.getInt("y")).put(row.getString("kind"), row.getLong("n"));
					}, year - 1, year);
		return steps;
	}

	/**
	 * Per year, the active Doetanks in each phase as the year's last step left them; one
	 * from the network's history whose record ended before the year did is not counted.
	 */
	private Map<Integer, Map<Phase, Long>> activeAtYearEnd(int year) {
		Map<Integer, Map<Phase, Long>> active = perYear(year, () -> new EnumMap<>(Phase.class));
		this.jdbc.query("""
				SELECT y, to_phase, count(*) AS n FROM (
				    SELECT DISTINCT ON (ends.y, t.doetank_id) ends.y, t.doetank_id, t.to_phase, t.to_status
				    FROM (VALUES (?::int, ?::timestamptz), (?::int, ?::timestamptz)) AS ends(y, at)
				    JOIN phase_transition t ON t.happened_at < ends.at
				    ORDER BY ends.y, t.doetank_id, t.happened_at DESC, t.id DESC) last
				WHERE to_status = 'ACTIEF' AND NOT EXISTS (SELECT 1 FROM doetank d WHERE d.id = last.doetank_id
				                                           AND d.record_ends_on < make_date(last.y, 12, 31))
				GROUP BY y, to_phase""", (row) -> {
			active.get(row.getInt("y")).put(Phase.valueOf(row.getString("to_phase")), row.getLong("n"));
		}, year - 1, endOf(year - 1), year, endOf(year));
		return active;
	}

	/** Per year, the median length of the stays in each phase that ended that year. */
	private Map<Integer, Map<Phase, Median>> medians(int year) {
		Map<Integer, Map<Phase, Median>> medians = perYear(year, () -> new EnumMap<>(Phase.class));
		this.jdbc.query("""
				SELECT y, to_phase, count(*) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS days
				FROM (SELECT %s AS y, to_phase, days FROM (%s) stays) ended
				WHERE y IN (?, ?) GROUP BY y, to_phase""".formatted(YEAR.formatted("next_at"), FinishedStays.SQL),
				(row) -> {
					medians.get(row.getInt("y"))
						.put(Phase.valueOf(row.getString("to_phase")),
								new Median(Math.round(row.getDouble("days")), row.getLong("n")));
				}, year - 1, year);
		return medians;
	}

	/**
	 * Per year, every stop of that year, in the order they happened: the same STOPPEN
	 * steps that {@link #steps} counts as "stopped". As the method counts, a Doetank that
	 * stopped in a year counts as stopped in that year, also when it is no longer stopped
	 * now (one from the network's history that started again), so the reasons and lessons
	 * add up to the year's count. The reason and lessons are those the stop's overleg
	 * recorded, else the Doetank's own (when it is stopped now); a stop with neither
	 * counts as another reason.
	 */
	private Map<Integer, List<Stop>> stops(int year) {
		record Row(int year, Long doetankId, Phase phase, LocalDate day, String reason, String lessons) {
		}
		List<Row> rows = this.jdbc.query("""
				SELECT %s AS y, t.doetank_id, coalesce(t.from_phase, t.to_phase) AS phase, t.happened_at,
				       r.stop_reason, r.lessons
				FROM phase_transition t LEFT JOIN gate_review r ON r.id = t.gate_review_id
				WHERE t.kind = 'STOPPEN' AND %1$s IN (?, ?)
				ORDER BY t.happened_at, t.id""".formatted(YEAR.formatted("t.happened_at")),
				(row, n) -> new Row(row.getInt("y"), row.getLong("doetank_id"), Phase.valueOf(row.getString("phase")),
						AmsterdamTime.of(row.getTimestamp("happened_at").toInstant()).toLocalDate(),
						row.getString("stop_reason"), row.getString("lessons")),
				year - 1, year);
		Map<Long, StoppedDoetank> doetanks = this.doetanks.stopped(rows.stream().map(Row::doetankId).toList());
		Map<Integer, List<Stop>> stops = perYear(year, ArrayList::new);
		for (Row row : rows) {
			StoppedDoetank doetank = doetanks.get(row.doetankId());
			if (doetank != null) {
				boolean reviewed = row.reason() != null;
				stops.get(row.year())
					.add(new Stop(doetank.slug(), doetank.title(), row.phase(), row.day(),
							reviewed ? row.reason() : doetank.stopReason(),
							reviewed ? row.lessons() : doetank.lessons()));
			}
		}
		return stops;
	}

	private static OffsetDateTime endOf(int year) {
		return LocalDate.of(year + 1, 1, 1)
			.atStartOfDay(AmsterdamTime.ZONE)
			.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static <T> Map<Integer, T> perYear(int year, java.util.function.Supplier<T> empty) {
		Map<Integer, T> map = new HashMap<>();
		map.put(year - 1, empty.get());
		map.put(year, empty.get());
		return map;
	}

}
