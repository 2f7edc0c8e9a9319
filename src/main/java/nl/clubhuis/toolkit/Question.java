package nl.clubhuis.toolkit;

/**
 * What a team runs into, as the inspiratiewijzer asks it ("waar lopen jullie tegenaan?").
 * Werkvormen are tagged with the questions they help with.
 */
public enum Question {

	NO_OPDRACHTGEVER, PROBLEM_TOO_BIG, UNKNOWN_END_USER, NEED_IDEAS, TEST_SMALL, SHOW_VALUE, LEARN, OTHERS_ADOPT, STUCK,
	WEAK_TEAM;

	/**
	 * How the question appears in addresses: {@code geen-opdrachtgever}-like, readable.
	 */
	public String param() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The question for an address parameter; null for anything unknown. */
	public static Question fromParam(String value) {
		if (value == null) {
			return null;
		}
		String normalised = value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
		for (Question question : values()) {
			if (question.name().equals(normalised)) {
				return question;
			}
		}
		return null;
	}

}
