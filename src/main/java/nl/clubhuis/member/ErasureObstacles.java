package nl.clubhuis.member;

import java.util.List;

/**
 * What stands in the way of a member deleting their account, asked for by the erasure
 * page and again just before erasing: for example a Doetank that would lose its last
 * trekker. Modules implement it in their internals.
 */
public interface ErasureObstacles {

	/** Nothing in the way: an empty list. */
	List<Obstacle> obstaclesFor(long memberId);

	/**
	 * @param messageKey the explanation, for example
	 * {@code account.erase.obstacle.lastTrekker}
	 * @param names what it is about (titles of Doetanks), listed under the explanation
	 */
	record Obstacle(String messageKey, List<String> names) {
	}

}
