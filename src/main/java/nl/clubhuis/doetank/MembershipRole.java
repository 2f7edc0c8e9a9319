package nl.clubhuis.doetank;

import java.util.Arrays;
import java.util.List;

/** A person's role inside one Doetank; the order is the order the team is shown in. */
public enum MembershipRole {

	TREKKER, LID, PROBLEEMEIGENAAR, COACH, OPDRACHTGEVER, SUPPORTER, EINDGEBRUIKER;

	/**
	 * Whether someone from outside the team may ask for this role, be invited to it or be
	 * listed in it without an account. Not the trekker (someone already in the team
	 * becomes trekker) and not the coach (the network's coaches assign coaches).
	 */
	public boolean isOpenToOutsiders() {
		return this != TREKKER && this != COACH;
	}

	/** The roles someone from outside the team may ask for, in the team's order. */
	public static List<MembershipRole> openToOutsiders() {
		return Arrays.stream(values()).filter(MembershipRole::isOpenToOutsiders).toList();
	}

	/** The roles the team itself gives its members: every role but the coach's. */
	public static List<MembershipRole> givenByTheTeam() {
		return Arrays.stream(values()).filter((role) -> role != COACH).toList();
	}

}
