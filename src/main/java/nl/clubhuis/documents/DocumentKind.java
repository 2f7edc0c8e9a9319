package nl.clubhuis.documents;

/** What a document is to the team. */
public enum DocumentKind {

	PLAN_VAN_AANPAK, BUSINESS_CASE, PRESENTATIE, EINDPUBLICATIE, VERSLAG, OVERIG

}
