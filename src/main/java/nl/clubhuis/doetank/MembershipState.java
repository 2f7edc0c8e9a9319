package nl.clubhuis.doetank;

/** A join request is a membership in state AANGEVRAAGD until a trekker decides. */
public enum MembershipState {

	AANGEVRAAGD, ACTIEF, AFGEWEZEN, BEEINDIGD

}
