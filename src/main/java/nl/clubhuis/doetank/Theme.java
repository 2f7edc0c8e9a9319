package nl.clubhuis.doetank;

/** The field a Doetank works in; labels come from the message bundles (theme.CODE). */
public enum Theme {

	WERK_EN_ORGANISATIE, DIENSTVERLENING, ZORG_EN_WELZIJN, WIJK_EN_PARTICIPATIE, RUIMTE_EN_VASTGOED, JONGEREN,
	BESTUUR_EN_SAMENWERKING, INNOVATIE_EN_TECHNOLOGIE

}
