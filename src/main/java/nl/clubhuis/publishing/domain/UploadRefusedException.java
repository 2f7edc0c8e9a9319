package nl.clubhuis.publishing.domain;

/** An upload the portal will not keep; the message key says why, in the user's words. */
public class UploadRefusedException extends RuntimeException {

	private final String messageKey;

	UploadRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
