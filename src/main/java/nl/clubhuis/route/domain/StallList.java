package nl.clubhuis.route.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.RouteSettings;
import nl.clubhuis.shared.AmsterdamTime;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Doetanks die stilvallen", for the coaches: active Doetanks that have been in their
 * phase longer than the network usually takes there ({@link StallThresholds}: a
 * percentile of the finished stays of all Doetanks), or where nothing happened for
 * months. A historical Doetank (its record ends, as the demo's stories end in 2015) is
 * not stalling today and is left out. Two statements however large the network: the usual
 * stays per phase, then the list.
 * <p>
 * Activity is the latest of: a step on the route (phase_transition, which every
 * gatekeepers-overleg writes), a recorded gatekeepers-overleg, a milestone marked, a
 * published post of the Doetank (its blog and beschouwingen), and a saved revision of the
 * Doetank page. Each is one indexed {@code max()} per active Doetank. Like
 * {@link NetworkFigures}, the list reads the doetank module's {@code doetank} and
 * {@code doetank_revision} and the publishing module's {@code post} tables next to the
 * route's own, on purpose: read-only, and going through their APIs would cost a query per
 * Doetank. Read are
 * {@code doetank (id, slug, title, phase, status, record_ends_on, created_at)},
 * {@code doetank_revision (doetank_id, at)} and
 * {@code post (doetank_id, status, publish_at)}.
 */
@Service
public class StallList {

	static final int PAGE_SIZE = 10;

	private static final String LIST = """
			WITH usual(phase, days) AS (VALUES ('INITIEREN', ?::numeric), ('SCHETSEN', ?::numeric),
			         ('ADOPTEREN', ?::numeric), ('EXPERIMENTEREN', ?::numeric), ('EVALUEREN', ?::numeric),
			         ('VERBREDEN', ?::numeric)),
			active AS (
			    SELECT d.id, d.slug, d.title, d.phase,
			           coalesce((SELECT max(t.happened_at) FROM phase_transition t
			                     WHERE t.doetank_id = d.id AND t.kind <> 'BLIJVEN'), d.created_at) AS phase_since,
			           coalesce(greatest(
			               (SELECT max(t.happened_at) FROM phase_transition t WHERE t.doetank_id = d.id),
			               (SELECT max(r.recorded_at) FROM gate_review r WHERE r.doetank_id = d.id),
			               (SELECT max(m.created_at) FROM milestone m WHERE m.doetank_id = d.id),
			               (SELECT max(p.publish_at) FROM post p WHERE p.doetank_id = d.id
			                    AND p.status = 'GEPUBLICEERD' AND p.publish_at <= ?),
			               (SELECT max(v.at) FROM doetank_revision v WHERE v.doetank_id = d.id)), d.created_at)
			               AS last_activity,
			           EXISTS (SELECT 1 FROM gate_review_request q
			                   WHERE q.doetank_id = d.id AND q.answered_at IS NULL) AS requested
			    FROM doetank d WHERE d.status = 'ACTIEF' AND d.record_ends_on IS NULL AND d.phase IS NOT NULL),
			judged AS (
			    SELECT a.*, u.days AS usual_days,
			           extract(epoch FROM (?::timestamptz - a.phase_since)) / 86400 AS days_in_phase,
			           extract(epoch FROM (?::timestamptz - a.phase_since)) / 86400 > u.days AS long_in_phase,
			           a.last_activity < ?::timestamptz - make_interval(months => ?) AS quiet
			    FROM active a JOIN usual u ON u.phase = a.phase)
			SELECT j.*, count(*) OVER () AS total FROM judged j
			WHERE j.long_in_phase OR j.quiet
			ORDER BY j.phase_since, j.id
			LIMIT ? OFFSET ?""";

	private final JdbcTemplate jdbc;

	private final Doetanks doetanks;

	private final Clock clock;

	private final RouteSettings settings;

	StallList(JdbcTemplate jdbc, Doetanks doetanks, Clock clock, RouteSettings settings) {
		this.jdbc = jdbc;
		this.doetanks = doetanks;
		this.clock = clock;
		this.settings = settings;
	}

	/** A page (0-based) of the list as it stands now, for this coach. */
	@Transactional(readOnly = true)
	public Page<StallingDoetank> page(Viewer coach, int page) {
		return page(coach, page, this.clock.instant());
	}

	/** As {@link #page(Viewer, int)}, as the list would stand at {@code now}. */
	@Transactional(readOnly = true)
	public Page<StallingDoetank> page(Viewer coach, int page, Instant now) {
		StallThresholds thresholds = StallThresholds.of(this.settings.current());
		Map<Phase, Long> usual = usualDays(thresholds);
		Timestamp at = Timestamp.from(now);
		List<Object> parameters = new ArrayList<>();
		for (Phase phase : Phase.values()) {
			parameters.add(usual.get(phase));
		}
		parameters.addAll(
				List.of(at, at, at, at, thresholds.inactiveMonths(), PAGE_SIZE, (long) Math.max(page, 0) * PAGE_SIZE));
		long[] total = { 0 };
		List<StallingDoetank> rows = this.jdbc.query(LIST, (row, n) -> {
			total[0] = row.getLong("total");
			return new StallingDoetank(
					new DoetankRef(row.getLong("id"), row.getString("slug"), row.getString("title"),
							Phase.valueOf(row.getString("phase")), DoetankStatus.ACTIEF),
					(long) Math.floor(row.getDouble("days_in_phase")), row.getLong("usual_days"),
					AmsterdamTime.of(row.getTimestamp("last_activity").toInstant()), row.getBoolean("long_in_phase"),
					row.getBoolean("quiet"), row.getBoolean("requested"), false);
		}, parameters.toArray());
		Set<Long> coached = coach.isBeheerder() ? Set.of()
				: new HashSet<>(this.doetanks.activeCoachedBy(coach.member().id()));
		List<StallingDoetank> shown = rows.stream()
			.map((row) -> row.allowingRequest(coach.isBeheerder() || coached.contains(row.doetank().id())))
			.toList();
		return new PageImpl<>(shown, PageRequest.of(Math.max(page, 0), PAGE_SIZE), total[0]);
	}

	/** How many days each phase usually takes, by {@link StallThresholds}. */
	@Transactional(readOnly = true)
	public Map<Phase, Long> usualDays() {
		return usualDays(StallThresholds.of(this.settings.current()));
	}

	private Map<Phase, Long> usualDays(StallThresholds thresholds) {
		Map<Phase, Long> usual = new java.util.EnumMap<>(Phase.class);
		for (Phase phase : Phase.values()) {
			usual.put(phase, thresholds.usualDays(null, 0));
		}
		this.jdbc.query("""
				SELECT to_phase, count(*) AS n, percentile_cont(?) WITHIN GROUP (ORDER BY days) AS days
				FROM (%s) stays GROUP BY to_phase""".formatted(FinishedStays.SQL), (row) -> {
			usual.put(Phase.valueOf(row.getString("to_phase")),
					thresholds.usualDays(row.getDouble("days"), row.getLong("n")));
		}, thresholds.percentile());
		return usual;
	}

}
