package nl.clubhuis.route;

import java.time.LocalDate;

/**
 * A request to open a door as a team member writes it: the supporter asked
 * ({@code supporterId}; null for the network's supportcomité), to whom (a person or an
 * organisation), why, and by when.
 */
public record DoorEntry(Long supporterId, String toWhom, String reason, LocalDate wantedBy) {

	public boolean toCommittee() {
		return this.supporterId == null;
	}

}
