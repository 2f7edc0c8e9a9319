package nl.clubhuis.doetank;

/** A coach's judgement of one intake question: is there enough of it to start? */
public enum Sufficiency {

	VOLDOENDE, ONVOLDOENDE

}
