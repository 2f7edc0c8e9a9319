package nl.clubhuis.route;

/**
 * Where a request to open a door stands: asked ({@code OPEN}), the supporter is on it
 * ({@code BEZIG}), the door opened ({@code GEOPEND}) or it could not be done
 * ({@code NIET_MOGELIJK}); the asker withdrew it ({@code INGETROKKEN}), or the supporter
 * left the network before answering ({@code VERVALLEN}).
 */
public enum DoorState {

	OPEN, BEZIG, GEOPEND, NIET_MOGELIJK, INGETROKKEN, VERVALLEN;

	/** Still waiting for the supporter: it may be answered or withdrawn. */
	public boolean isOpen() {
		return this == OPEN || this == BEZIG;
	}

	/** The supporter's last word: the door opened, or it could not be done. */
	public boolean isOutcome() {
		return this == GEOPEND || this == NIET_MOGELIJK;
	}

	/** What a supporter may answer. */
	public boolean isAnswer() {
		return this == BEZIG || isOutcome();
	}

}
