package nl.clubhuis.doetank;

/** The six steps of the Doetank route, in order. */
public enum Phase {

	INITIEREN, SCHETSEN, ADOPTEREN, EXPERIMENTEREN, EVALUEREN, VERBREDEN;

	/** 1 to 6, as people count the steps. */
	public int number() {
		return ordinal() + 1;
	}

	/** The phase after this one; VERBREDEN is the last. */
	public Phase next() {
		if (this == VERBREDEN) {
			throw new IllegalStateException("VERBREDEN is the last phase");
		}
		return values()[ordinal() + 1];
	}

	public boolean isLast() {
		return this == VERBREDEN;
	}

	public boolean isBefore(Phase other) {
		return ordinal() < other.ordinal();
	}

	public static int count() {
		return values().length;
	}

}
