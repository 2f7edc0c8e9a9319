package nl.clubhuis.route;

import java.math.BigDecimal;

import nl.clubhuis.member.MemberPrincipal;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route's settings: read in one query wherever a rule needs them (the quorum of a
 * gatekeepers-overleg, the stall list on /coach), changed by a beheerder. The database
 * keeps them within sane ranges (V47); the form says so first.
 */
@Service
public class RouteSettings {

	private final JdbcTemplate jdbc;

	RouteSettings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public RouteSetting current() {
		return this.jdbc.queryForObject("""
				SELECT coaches_at_overleg, stall_percentile, stall_minimum_stays, default_stay_months,
				       inactive_months, version
				FROM route_setting WHERE id = 1""", (row, n) -> new RouteSetting(row.getInt(1),
				row.getBigDecimal(2).doubleValue(), row.getInt(3), row.getInt(4), row.getInt(5), row.getLong(6)));
	}

	/**
	 * Saves {@code setting} if nobody changed the settings since its
	 * {@link RouteSetting#version()} was read; otherwise an
	 * {@link OptimisticLockingFailureException}. Only a beheerder.
	 */
	@Transactional
	public void save(RouteSetting setting, MemberPrincipal by) {
		if (by == null || !by.isBeheerder()) {
			throw new AccessDeniedException("only a beheerder changes the route's settings");
		}
		int changed = this.jdbc.update("""
				UPDATE route_setting SET coaches_at_overleg = ?, stall_percentile = ?, stall_minimum_stays = ?,
				       default_stay_months = ?, inactive_months = ?, version = version + 1
				WHERE id = 1 AND version = ?""", setting.coachesAtOverleg(), BigDecimal.valueOf(setting.percentile()),
				setting.minimumStays(), setting.defaultStayMonths(), setting.inactiveMonths(), setting.version());
		if (changed == 0) {
			throw new OptimisticLockingFailureException("the route's settings changed meanwhile");
		}
	}

}
