package nl.clubhuis.documents;

/** Who sees a document: everyone who sees the Doetank, or its team only. */
public enum Visibility {

	OPENBAAR, TEAM

}
