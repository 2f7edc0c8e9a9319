package nl.clubhuis.member;

import java.util.List;

/**
 * What waits for a member's decision or action, for "Wacht op mij" on /mijn: join
 * requests to decide as trekker, proposals to take in and requested
 * gatekeepers-overleggen as coach, invitations to accept. A module adds its kind of item
 * by making a bean that implements this; the page shows all items together, longest
 * waiting first.
 */
public interface WaitingForMe {

	/**
	 * What waits for this member, in a fixed number of queries whatever their data; empty
	 * when nothing does.
	 */
	List<WaitingItem> waitingFor(Viewer viewer);

}
