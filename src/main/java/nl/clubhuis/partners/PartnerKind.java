package nl.clubhuis.partners;

/**
 * The circles around the network, from closest to widest; the page lists them in this
 * order.
 */
public enum PartnerKind {

	/** Runs the network together. */
	CONSORTIUM,
	/**
	 * Commissions and funds the network (as the interbestuurlijke programma BWOB did),
	 * without running it.
	 */
	FINANCIER,
	/** Organisations that carry results into the public sector. */
	STRATEGISCH,
	/** Kennissen en vrienden: allies who share channels and knowledge. */
	KENNIS,
	/** People who carry the network's story in their own organisation. */
	AMBASSADEUR,
	/** Senior, well-connected people who open doors for Doetanks. */
	SUPPORTCOMITE

}
