package nl.clubhuis.shared.uploads;

import nl.clubhuis.shared.RuleViolationException;

/**
 * Why an upload is refused; each reason has the message key
 * {@code upload.refused.<reason>}.
 */
enum Refusal {

	NO_FILE("noFile"), BAD_NAME("badName"), TOO_LARGE("tooLarge"), PICTURE_TOO_LARGE("pictureTooLarge"),
	UNKNOWN_TYPE("unknownType"), DAMAGED("damaged"), ENCRYPTED("encrypted"), BOMB("bomb"), JAVASCRIPT("javascript"),
	LAUNCH("launch"), ACTION("action"), EMBEDDED_FILE("embeddedFile"), MACRO("macro"), DDE("dde"),
	EXTERNAL_LINK("externalLink"), OLE_OBJECT("oleObject"), SCRIPT("script"), NOT_A_PICTURE("notAPicture"),
	TOO_MANY_PIXELS("tooManyPixels");

	private final String reason;

	Refusal(String reason) {
		this.reason = reason;
	}

	String messageKey() {
		return "upload.refused." + this.reason;
	}

	RuleViolationException exception() {
		return new RuleViolationException(messageKey());
	}

}
