package nl.clubhuis.route.domain;

import java.util.List;

import nl.clubhuis.opendata.OpenDataField;
import nl.clubhuis.opendata.OpenDataRows;
import nl.clubhuis.opendata.OpenDataset;

import org.springframework.stereotype.Component;

import static nl.clubhuis.opendata.OpenDataField.date;
import static nl.clubhuis.opendata.OpenDataField.integer;
import static nl.clubhuis.opendata.OpenDataField.text;

/**
 * Open data: the route of every public Doetank, one row per stay in a phase (as
 * {@link FinishedStays} counts them: a "blijven" does not end a stay), with how it was
 * entered and left and, when a gatekeepers-overleg ended it, its decision, stop reason
 * and lessons. No coach or recorder is named; the overleg's reflection stays on the site.
 * Public Doetanks are read from the doetank module's {@code public_doetank} view.
 */
@Component
class RoutesOpenData implements OpenDataset {

	@Override
	public String name() {
		return "routes";
	}

	@Override
	public int position() {
		return 20;
	}

	@Override
	public List<OpenDataField> fields() {
		return List.of(integer("doetank_id"), integer("stay"), text("phase"), date("entered_on"), text("entered_by"),
				date("left_on"), text("left_by"), integer("days"), date("review_held_on"), text("review_decision"),
				text("reason"), text("stop_reason"), text("lessons"));
	}

	@Override
	public void write(OpenDataRows rows) {
		rows.query(
				"""
						SELECT s.doetank_id, s.stay, s.phase, (s.entered_at AT TIME ZONE 'Europe/Amsterdam')::date,
						       s.entered_by, (s.left_at AT TIME ZONE 'Europe/Amsterdam')::date, s.left_by,
						       floor(extract(epoch FROM (coalesce(s.left_at, now()) - s.entered_at)) / 86400)::bigint,
						       g.held_on, g.decision, s.reason, g.stop_reason, g.lessons
						FROM (SELECT doetank_id, id, to_phase AS phase, kind AS entered_by, happened_at AS entered_at,
						             lead(happened_at) OVER w AS left_at, lead(kind) OVER w AS left_by,
						             lead(gate_review_id) OVER w AS review_id, lead(reason) OVER w AS reason,
						             count(*) FILTER (WHERE kind IN ('INTAKE', 'DOOR', 'HERFORMULEREN', 'OVERGANG')) OVER w AS stay
						      FROM phase_transition
						      WHERE kind <> 'BLIJVEN' AND doetank_id IN (SELECT id FROM public_doetank)
						      WINDOW w AS (PARTITION BY doetank_id ORDER BY happened_at, id)) s
						LEFT JOIN gate_review g ON g.id = s.review_id
						WHERE s.entered_by IN ('INTAKE', 'DOOR', 'HERFORMULEREN', 'OVERGANG')
						ORDER BY s.doetank_id, s.entered_at, s.id""");
	}

}
