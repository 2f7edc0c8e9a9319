package nl.clubhuis.route;

/** The answer to one checkpoint of the gatekeepers-overleg: ja, nog niet, n.v.t. */
public enum ChecklistAnswer {

	JA, NOG_NIET, NVT

}
