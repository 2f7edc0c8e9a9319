package nl.clubhuis.doetank;

/** A person's role inside one Doetank; the order is the order the team is shown in. */
public enum MembershipRole {

	TREKKER, LID, PROBLEEMEIGENAAR, COACH, OPDRACHTGEVER, SUPPORTER, EINDGEBRUIKER

}
