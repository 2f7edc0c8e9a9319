package nl.clubhuis.toolkit;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;

/** A Doetank's team records which werkvormen it used in which phase. */
public interface WerkvormUsages {

	/**
	 * Records that the team used a werkvorm in a phase it has reached; recording the same
	 * werkvorm and phase again replaces the note. True when it was not recorded before.
	 */
	boolean record(String doetankSlug, String werkvormSlug, Phase phase, String note, MemberPrincipal member);

}
