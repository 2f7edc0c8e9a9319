package nl.clubhuis.doetank;

/**
 * Kern: people with a direct stake who free time for it; schil: occasional outsiders, a
 * sounding board.
 */
public enum Ring {

	KERN, SCHIL

}
