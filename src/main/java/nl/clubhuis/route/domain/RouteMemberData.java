package nl.clubhuis.route.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.MemberDataContributor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member's part in the route of Doetanks, in the export: gatekeepers-overleggen they
 * recorded or sat in as coach, reviews they asked for, business case lines they added,
 * adoption agreements they last changed, milestones they added, adopters they recorded or
 * are the contact of, requests to open a door they made, were asked or answered,
 * testimonials they wrote as opdrachtgever, consents they gave as eindgebruiker or
 * recorded for others (without the names of people without an account), and the Doetanks
 * these belong to. Twelve statements.
 */
@Component
class RouteMemberData implements MemberDataContributor {

	private final JdbcTemplate jdbc;

	private final Doetanks doetanks;

	RouteMemberData(JdbcTemplate jdbc, Doetanks doetanks) {
		this.jdbc = jdbc;
		this.doetanks = doetanks;
	}

	@Override
	public String section() {
		return "route";
	}

	@Override
	public Object dataOf(long memberId) {
		Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();
		data.put("gatekeepers_overleggen",
				MemberDataContributor.rows(this.jdbc,
						"""
								SELECT r.id, r.doetank_id, r.phase, r.held_on, r.decision, r.reflection, r.coaches_reflection, r.closing_result,
								       r.recorded_at,
								       r.recorded_by_id = ? AS recorded_by_you,
								       EXISTS (SELECT 1 FROM gate_review_coach c WHERE c.gate_review_id = r.id AND c.member_id = ?)
								         AS coach_present
								FROM gate_review r
								WHERE r.recorded_by_id = ?
								   OR EXISTS (SELECT 1 FROM gate_review_coach c WHERE c.gate_review_id = r.id AND c.member_id = ?)
								ORDER BY r.held_on, r.id""",
						memberId, memberId, memberId, memberId));
		data.put("review_requests", MemberDataContributor.rows(this.jdbc, """
				SELECT id, doetank_id, phase, note, requested_at, answered_at
				FROM gate_review_request WHERE requested_by_id = ? ORDER BY requested_at, id""", memberId));
		data.put("business_case_lines", MemberDataContributor.rows(this.jdbc, """
				SELECT id, doetank_id, phase, side, dimension, description, amount, added_at
				FROM business_case_line WHERE added_by_id = ? ORDER BY added_at, id""", memberId));
		data.put("adoption_agreements_updated", MemberDataContributor.rows(this.jdbc, """
				SELECT doetank_id, decision_maker, opdrachtgever, updated_at
				FROM adoption_agreement WHERE updated_by_id = ? ORDER BY updated_at""", memberId));
		data.put("milestones_added", MemberDataContributor.rows(this.jdbc, """
				SELECT id, doetank_id, happened_on, title, line, post_id, created_at
				FROM milestone WHERE created_by_id = ? ORDER BY created_at, id""", memberId));
		data.put("adopters_recorded", MemberDataContributor.rows(this.jdbc, """
				SELECT id, doetank_id, organisation, taken_up, adopted_since, contact_name,
				       contact_member_id IS NOT NULL AS contact_is_you, recorded_at, updated_at
				FROM adopter WHERE recorded_by_id = ? ORDER BY recorded_at, id""", memberId));
		data.put("adopters_as_contact", MemberDataContributor.rows(this.jdbc, """
				SELECT id, doetank_id, organisation, taken_up, adopted_since
				FROM adopter WHERE contact_member_id = ? ORDER BY adopted_since, id""", memberId));
		data.put("door_requests", MemberDataContributor.rows(this.jdbc, """
				SELECT id, doetank_id, to_whom, reason, wanted_by, state, answer, asked_at, answered_at,
				       asked_by_id = ? AS asked_by_you, supporter_id = ? AS asked_of_you,
				       answered_by_id = ? AS answered_by_you
				FROM door_request WHERE asked_by_id = ? OR supporter_id = ? OR answered_by_id = ?
				ORDER BY asked_at, id""", memberId, memberId, memberId, memberId, memberId, memberId));
		data.put("phase_transitions", MemberDataContributor.rows(this.jdbc, """
				SELECT doetank_id, kind, from_phase, to_phase, to_status, reason, happened_at
				FROM phase_transition WHERE by_member_id = ? ORDER BY happened_at, id""", memberId));
		data.put("opdrachtgever_testimonials", MemberDataContributor.rows(this.jdbc, """
				SELECT id, doetank_id, quote, outcome, evaluation, written_at, updated_at
				FROM opdrachtgever_testimonial WHERE author_id = ? ORDER BY written_at, id""", memberId));
		data.put("eindgebruiker_consents",
				MemberDataContributor.rows(this.jdbc,
						"""
								SELECT id, doetank_id, experiment, given_on, recorded_at, coalesce(member_id = ?, false) AS your_consent,
								       recorded_by_id = ? AS recorded_by_you
								FROM eindgebruiker_consent WHERE member_id = ? OR recorded_by_id = ?
								ORDER BY given_on, id""",
						memberId, memberId, memberId, memberId));
		List<Long> doetankIds = data.values()
			.stream()
			.flatMap(List::stream)
			.flatMap((row) -> Stream.ofNullable((Long) row.get("doetank_id")))
			.toList();
		Map<String, Object> result = new LinkedHashMap<>(data);
		result.put("doetanks", this.doetanks.byIds(doetankIds).values());
		return result;
	}

}
