package nl.clubhuis.doetank;

/**
 * Where a vraagstuk begins: at a problem someone sees, or at an idea, a solution that
 * still seeks its problem (about half of the network's Doetanks began that way).
 */
public enum IntakeOrigin {

	PROBLEEM, IDEE

}
