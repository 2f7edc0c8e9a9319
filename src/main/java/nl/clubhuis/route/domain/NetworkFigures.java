package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network in numbers, computed by the database with aggregates (four queries, however
 * many Doetanks there are): where Doetanks are, how far they got, how long phases take,
 * where they stop.
 * <p>
 * These queries read the doetank module's {@code doetank} table next to the route's own
 * {@code phase_transition}, on purpose: they are read-only statistics over every Doetank,
 * and going through the doetank API would load every Doetank into memory to count it
 * (/cijfers must stay at four statements whatever the size of the network). Only
 * {@code id}, {@code phase} and {@code status} are read; a change to those columns must
 * change these queries too (NetworkFiguresTest and QueryCountTest notice).
 */
@Service
public class NetworkFigures {

	static final String PHASE_ORDER = "ARRAY['INITIEREN','SCHETSEN','ADOPTEREN','EXPERIMENTEREN','EVALUEREN','VERBREDEN']::varchar[]";

	private final JdbcTemplate jdbc;

	NetworkFigures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Figures compute() {
		return new Figures(perPhaseAndStatus(), reached(), medianDays(), stoppedPerPhase());
	}

	private Map<Phase, Map<DoetankStatus, Long>> perPhaseAndStatus() {
		Map<Phase, Map<DoetankStatus, Long>> counts = new EnumMap<>(Phase.class);
		for (Phase phase : Phase.values()) {
			Map<DoetankStatus, Long> byStatus = new EnumMap<>(DoetankStatus.class);
			DoetankStatus.PUBLIC.forEach((status) -> byStatus.put(status, 0L));
			counts.put(phase, byStatus);
		}
		this.jdbc.query("""
				SELECT phase, status, count(*) AS n FROM doetank
				WHERE status IN ('ACTIEF', 'AFGEROND', 'AFGESLOTEN', 'GESTOPT') AND phase IS NOT NULL
				GROUP BY phase, status""", (row) -> {
			counts.get(Phase.valueOf(row.getString("phase")))
				.put(DoetankStatus.valueOf(row.getString("status")), row.getLong("n"));
		});
		return counts;
	}

	/**
	 * How many Doetanks reached each phase at some point (a Doetank sent back still
	 * counts as having got there).
	 */
	private Map<Phase, Long> reached() {
		long[] furthest = new long[Phase.count()];
		this.jdbc.query("""
				SELECT f, count(*) AS n FROM (
				    SELECT greatest(coalesce(max(array_position(%1$s, t.to_phase)), 0),
				                    array_position(%1$s, d.phase)) AS f
				    FROM doetank d LEFT JOIN phase_transition t ON t.doetank_id = d.id
				    WHERE d.status IN ('ACTIEF', 'AFGEROND', 'AFGESLOTEN', 'GESTOPT') AND d.phase IS NOT NULL
				    GROUP BY d.id, d.phase) furthest
				GROUP BY f""".formatted(PHASE_ORDER), (row) -> {
			furthest[row.getInt("f") - 1] = row.getLong("n");
		});
		Map<Phase, Long> reached = new EnumMap<>(Phase.class);
		long atLeast = 0;
		for (int i = Phase.count() - 1; i >= 0; i--) {
			atLeast += furthest[i];
			reached.put(Phase.values()[i], atLeast);
		}
		return reached;
	}

	/** The median number of days a finished stay in each phase lasted. */
	private Map<Phase, PhaseDuration> medianDays() {
		Map<Phase, PhaseDuration> medians = new EnumMap<>(Phase.class);
		this.jdbc.query("""
				SELECT to_phase, count(*) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS days
				FROM (%s) stays GROUP BY to_phase""".formatted(FinishedStays.SQL), (row) -> {
			medians.put(Phase.valueOf(row.getString("to_phase")),
					new PhaseDuration(Math.round(row.getDouble("days")), row.getLong("n")));
		});
		return medians;
	}

	private Map<Phase, Long> stoppedPerPhase() {
		Map<Phase, Long> stopped = new EnumMap<>(Phase.class);
		for (Phase phase : Phase.values()) {
			stopped.put(phase, 0L);
		}
		this.jdbc.query("SELECT phase, count(*) AS n FROM doetank WHERE status = 'GESTOPT' GROUP BY phase", (row) -> {
			stopped.put(Phase.valueOf(row.getString("phase")), row.getLong("n"));
		});
		return stopped;
	}

	/** Median days in a phase, over {@code stays} finished stays. */
	public record PhaseDuration(long medianDays, long stays) {
	}

	public record Figures(Map<Phase, Map<DoetankStatus, Long>> perPhaseAndStatus, Map<Phase, Long> reached,
			Map<Phase, PhaseDuration> medianDays, Map<Phase, Long> stoppedPerPhase) {

		public long count(Phase phase, DoetankStatus status) {
			return this.perPhaseAndStatus.get(phase).getOrDefault(status, 0L);
		}

		public long reachedIn(Phase phase) {
			return this.reached.getOrDefault(phase, 0L);
		}

		public PhaseDuration durationIn(Phase phase) {
			return this.medianDays.get(phase);
		}

		public long stoppedIn(Phase phase) {
			return this.stoppedPerPhase.getOrDefault(phase, 0L);
		}

		public long total() {
			return this.perPhaseAndStatus.values()
				.stream()
				.flatMap((byStatus) -> byStatus.values().stream())
				.mapToLong(Long::longValue)
				.sum();
		}

		public long inPhase(Phase phase) {
			return this.perPhaseAndStatus.get(phase).values().stream().mapToLong(Long::longValue).sum();
		}

		public long maxInPhase() {
			return List.of(Phase.values()).stream().mapToLong(this::inPhase).max().orElse(0);
		}

		public long maxMedianDays() {
			return this.medianDays.values().stream().mapToLong(PhaseDuration::medianDays).max().orElse(0);
		}

		public long maxStopped() {
			return this.stoppedPerPhase.values().stream().mapToLong(Long::longValue).max().orElse(0);
		}

		public long totalStopped() {
			return this.stoppedPerPhase.values().stream().mapToLong(Long::longValue).sum();
		}

		public List<Phase> phases() {
			return new ArrayList<>(List.of(Phase.values()));
		}

	}

}
