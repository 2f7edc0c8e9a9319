package nl.clubhuis.toolkit;

import java.util.List;

/**
 * Which werkvormen Doetanks used in a calendar year, for the yearly report; one
 * statement.
 */
public interface WerkvormYears {

	/**
	 * The werkvormen the most Doetanks recorded using in {@code year} (in the network's
	 * zone), most first, then by name; at most {@code howMany}.
	 */
	List<Use> mostUsed(int year, int howMany);

	/** {@code doetanks} Doetanks recorded using this werkvorm. */
	record Use(String slug, String name, long doetanks) {
	}

}
