package nl.clubhuis.yearreport;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.doetank.DoetankDetails;
import nl.clubhuis.doetank.DoetankHistory;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.HistoricalDoetank;
import nl.clubhuis.doetank.HistoricalDoetank.Step;
import nl.clubhuis.doetank.HistoricalDoetank.TeamMember;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.Theme;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes Doetanks with dated routes into a year far from today, so what other tests write
 * does not count: whole histories, a meeting with its registrations, and werkvormen used.
 */
public final class YearFixture {

	private final DoetankHistory history;

	private final JdbcTemplate jdbc;

	private final Long trekker;

	private final Long coach;

	public YearFixture(DoetankHistory history, JdbcTemplate jdbc, Long trekker, Long coach) {
		this.history = history;
		this.jdbc = jdbc;
		this.trekker = trekker;
		this.coach = coach;
	}

	/** A Doetank taken in on {@code start} that went through {@code steps}; its slug. */
	public String doetank(String title, LocalDate start, Phase phase, DoetankStatus status, String stopReason,
			String lessons, Step... steps) {
		return doetank(title, start, phase, status, stopReason, lessons, null, steps);
	}

	/**
	 * As above, for one whose record ends on {@code recordEndsOn} while it is still
	 * active.
	 */
	public String doetank(String title, LocalDate start, Phase phase, DoetankStatus status, String stopReason,
			String lessons, LocalDate recordEndsOn, Step... steps) {
		String slug = "jaar-" + UUID.randomUUID();
		this.history.record(new HistoricalDoetank(slug,
				new DoetankDetails(title, "Een vraagstuk uit een ver jaar. Het telt mee in het jaarverslag.", null,
						Theme.DIENSTVERLENING, List.of("Gemeente Jaardorp"), EnumSet.noneOf(LookingFor.class), null),
				phase, status, start, null, null, (status == DoetankStatus.AFGESLOTEN) ? "Het werkt." : null,
				stopReason, lessons, false, List.of(new TeamMember(this.trekker, MembershipRole.TREKKER),
						new TeamMember(this.coach, MembershipRole.COACH)),
				List.of(steps), recordEndsOn));
		return slug;
	}

	public static Step move(LocalDate day, Phase to, boolean overleg) {
		return new Step(day, to, DoetankStatus.ACTIEF, overleg ? "De coaches zagen het." : "De coach zag het.", overleg,
				overleg ? "Doorgaan." : null);
	}

	public static Step end(LocalDate day, Phase in, DoetankStatus status) {
		return new Step(day, in, status, "Klaar.", true, null);
	}

	/**
	 * A network meeting of {@code type} on {@code day} with a registration of each
	 * member.
	 */
	public void meeting(String type, LocalDate day, Long organiser, List<Long> registered) {
		Timestamp starts = Timestamp.from(day.atTime(19, 0).toInstant(ZoneOffset.UTC));
		Timestamp ends = Timestamp.from(day.atTime(21, 0).toInstant(ZoneOffset.UTC));
		Long event = this.jdbc.queryForObject("""
				INSERT INTO event (slug, type, title, description, excerpt, starts_at, ends_at, location, created_by,
				                   created_at, updated_at)
				VALUES (?, ?, 'Een Café van lang geleden', 'Wat er was.', 'Wat er was.', ?, ?, 'Utrecht', ?, ?, ?)
				RETURNING id""", Long.class, "jaar-" + UUID.randomUUID(), type, starts, ends, organiser, starts,
				starts);
		List<Object[]> rows = new ArrayList<>();
		registered.forEach((member) -> rows.add(new Object[] { event, member, starts, starts }));
		this.jdbc.batchUpdate("""
				INSERT INTO event_registration (event_id, member_id, status, registered_at, confirmed_at)
				VALUES (?, ?, 'BEVESTIGD', ?, ?)""", rows);
	}

	/**
	 * The team of {@code doetankSlug} recorded using {@code werkvormSlug} on {@code day}.
	 */
	public void used(String werkvormSlug, String doetankSlug, Phase phase, LocalDate day) {
		this.jdbc.update("""
				INSERT INTO werkvorm_usage (doetank_id, werkvorm_id, phase, recorded_by, recorded_at)
				SELECT d.id, w.id, ?, ?, ? FROM doetank d, werkvorm w WHERE d.slug = ? AND w.slug = ?""", phase.name(),
				this.trekker, Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)), doetankSlug, werkvormSlug);
	}

}
