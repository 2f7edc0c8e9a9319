package nl.clubhuis.contact.domain;

/**
 * What a sender writes.
 *
 * @param subject one line
 * @param text plain text
 * @param shareAddress whether the sender's address goes along as the Reply-To, so the
 * recipient answers by mail
 * @param formToken the form's own random token: the same form sent twice sends once
 */
public record Letter(String subject, String text, boolean shareAddress, String formToken) {

	public Letter {
		subject = subject.strip().replaceAll("\\s+", " ");
		text = text.strip();
	}

}
