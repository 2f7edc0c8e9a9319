package nl.clubhuis.shared;

/** Small helpers for what people type. */
public final class Texts {

	private Texts() {
	}

	/** The text without surrounding spaces, or {@code null} when nothing was typed. */
	public static String stripToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
