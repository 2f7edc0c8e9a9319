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

	/** This phase and the ones before it: the phases a Doetank here has been through. */
	public java.util.List<Phase> andBefore() {
		return java.util.Arrays.asList(values()).subList(0, ordinal() + 1);
	}

	public static int count() {
		return values().length;
	}

}
