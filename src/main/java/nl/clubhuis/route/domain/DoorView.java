package nl.clubhuis.route.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import nl.clubhuis.route.DoorState;
import nl.clubhuis.shared.AmsterdamTime;

/**
 * A request to open a door as the Doetank page, its own page and the timeline show it
 * ({@code supporterId} null: the supportcomité; {@code answeredAt} null while nobody
 * answered).
 */
public record DoorView(Long id, Long askedById, Long supporterId, String toWhom, String reason, LocalDate wantedBy,
		DoorState state, String answer, Long answeredById, ZonedDateTime askedAt, ZonedDateTime answeredAt) {

	public static DoorView of(DoorRequest request) {
		return new DoorView(request.getId(), request.getAskedById(), request.getSupporterId(), request.getToWhom(),
				request.getReason(), request.getWantedBy(), request.getState(), request.getAnswer(),
				request.getAnsweredById(), AmsterdamTime.of(request.getAskedAt()),
				(request.getAnsweredAt() != null) ? AmsterdamTime.of(request.getAnsweredAt()) : null);
	}

	public boolean isForCommittee() {
		return this.supporterId == null;
	}

}
