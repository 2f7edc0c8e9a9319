package nl.clubhuis.doetank;

/**
 * The letters a coach uses to type a Doetank (the PB/MO × OB/ZB matrix of the method):
 * where the problem lies and how it can be solved. A Doetank has any of them.
 */
public enum TypologyCode {

	PB, MO, OB, ZB

}
