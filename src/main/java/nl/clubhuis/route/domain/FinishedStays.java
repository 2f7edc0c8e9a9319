package nl.clubhuis.route.domain;

/**
 * The finished stays of every Doetank in a phase, in SQL: from the step into a phase (its
 * intake, "door", "herformuleren" or a move without an overleg) to the next step that
 * left it; "blijven" does not end a stay. One row per stay: {@code to_phase} and its
 * length in {@code days}, ending at {@code next_at}. Used by the network's figures (the
 * median) and the stall list on /coach (the percentile), and the yearly report (the
 * median of the stays a year ended).
 */
final class FinishedStays {

	static final String SQL = """
			SELECT to_phase, next_at, extract(epoch FROM (next_at - happened_at)) / 86400 AS days
			FROM (SELECT to_phase, kind, happened_at,
			             lead(happened_at) OVER (PARTITION BY doetank_id ORDER BY happened_at, id) AS next_at
			      FROM phase_transition WHERE kind <> 'BLIJVEN') steps
			WHERE kind IN ('INTAKE', 'DOOR', 'HERFORMULEREN', 'OVERGANG') AND next_at IS NOT NULL""";

	private FinishedStays() {
	}

}
