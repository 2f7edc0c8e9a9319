package nl.clubhuis.route.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.route.MilestoneService;
import nl.clubhuis.shared.AmsterdamTime;
import nl.clubhuis.shared.NetworkActivity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route's share of what moves in the network: the latest steps of public Doetanks
 * (another phase, or the end of their route) and their latest milestones. Four
 * statements.
 */
@Component
class RouteActivity implements NetworkActivity {

	private final JdbcTemplate jdbc;

	private final Doetanks doetanks;

	private final MilestoneService milestones;

	RouteActivity(JdbcTemplate jdbc, Doetanks doetanks, MilestoneService milestones) {
		this.jdbc = jdbc;
		this.doetanks = doetanks;
		this.milestones = milestones;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Activity> recent(int howMany) {
		List<Step> steps = this.jdbc.query("""
				SELECT doetank_id, to_phase, to_status, happened_at FROM phase_transition
				WHERE from_phase IS DISTINCT FROM to_phase OR to_status <> 'ACTIEF'
				ORDER BY happened_at DESC, id DESC LIMIT ?""",
				(rs, row) -> new Step(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
				howMany);
		Map<Long, DoetankRef> named = this.doetanks.byIds(steps.stream().map(Step::doetankId).distinct().toList());
		List<Activity> activity = new ArrayList<>();
		for (Step step : steps) {
			DoetankRef doetank = named.get(step.doetankId());
			if (doetank != null && doetank.isPublic()) {
				String key = DoetankStatus.ACTIEF.name().equals(step.status()) ? "home.activity.phase." + step.phase()
						: "home.activity.ended." + step.status();
				activity.add(new Activity(step.at(), key, List.of(doetank.title()), doetank.path()));
			}
		}
		this.milestones.latestPublic(howMany)
			.forEach((milestone) -> activity.add(new Activity(
					milestone.happenedOn().atStartOfDay(AmsterdamTime.ZONE).toInstant(), "home.activity.milestone",
					List.of(milestone.doetank().title(), milestone.title()), milestone.path())));
		activity.sort(Comparator.comparing(Activity::when).reversed());
		return activity.subList(0, Math.min(howMany, activity.size()));
	}

	private record Step(long doetankId, String phase, String status, java.time.Instant at) {
	}

}
