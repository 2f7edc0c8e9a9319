package nl.clubhuis.doetank;

/**
 * Where a membership stands. A join request is AANGEVRAAGD until a trekker decides
 * (ACTIEF or AFGEWEZEN) or the requester withdraws it (INGETROKKEN); an invitation is
 * UITGENODIGD until the invitee accepts (ACTIEF) or declines (AFGESLAGEN), or the team
 * withdraws it (INGETROKKEN). A current membership ends as BEEINDIGD.
 */
public enum MembershipState {

	AANGEVRAAGD, ACTIEF, AFGEWEZEN, BEEINDIGD, INGETROKKEN, UITGENODIGD, AFGESLAGEN

}
