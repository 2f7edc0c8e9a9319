package nl.clubhuis.doetank;

/**
 * What a coach found missing or insufficient at intake; a decline names at least one, and
 * the author reads them on the proposal and on /mijn.
 */
public enum IntakeGap {

	/**
	 * Not enough publieke waarde, professionele ruimte or better service for the means.
	 */
	RELEVANTIE,

	/** No beneficiary who wants to implement it, or no initiator with time and room. */
	KANS_VAN_SLAGEN,

	/** Nobody owns the problem and there is no casus. */
	PROBLEEMEIGENAAR,

	/** A solution that still seeks its problem. */
	OPLOSSING_ZOEKT_PROBLEEM

}
