package nl.clubhuis.agenda.domain;

import java.time.Instant;

/** Whether registering is possible right now. */
public enum RegistrationWindow {

	NOT_YET_OPEN, OPEN, CLOSED, CANCELLED;

	/**
	 * The window at {@code now}: from {@code opensAt} (or right away) until
	 * {@code closesAt} or the start, whichever comes first. A called-off event takes no
	 * registrations at all.
	 */
	public static RegistrationWindow at(Instant now, Instant opensAt, Instant closesAt, Instant startsAt,
			boolean calledOff) {
		if (calledOff) {
			return CANCELLED;
		}
		if (opensAt != null && now.isBefore(opensAt)) {
			return NOT_YET_OPEN;
		}
		Instant closes = (closesAt != null && closesAt.isBefore(startsAt)) ? closesAt : startsAt;
		return now.isBefore(closes) ? OPEN : CLOSED;
	}

}
