package nl.clubhuis.doetank.domain;

/**
 * What the viewer may do with a Doetank's team, decided once by {@link DoetankAccess}:
 * {@code manage} (invite, change roles and rings, end memberships, list guests) is for
 * its trekkers and coaches and a beheerder; {@code assignCoaches} for the network's
 * coaches and beheerders.
 */
public record TeamPermissions(boolean manage, boolean assignCoaches) {

	public boolean any() {
		return this.manage || this.assignCoaches;
	}

}
