package nl.clubhuis.contact.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.clubhuis.contact.domain.Letter;

/**
 * A message to a member or to a Doetank's trekkers. The token is new for every form
 * shown, so the same form sent twice sends once.
 */
public class MessageForm {

	@NotBlank
	@Size(max = 150)
	private String subject;

	@NotBlank
	@Size(max = 5000)
	private String text;

	private boolean shareAddress;

	@Size(max = 64)
	private String formToken;

	/** An empty form with a token of its own; sharing the address is off. */
	static MessageForm fresh() {
		MessageForm form = new MessageForm();
		form.formToken = UUID.randomUUID().toString();
		return form;
	}

	Letter letter() {
		String token = (this.formToken == null || this.formToken.isBlank()) ? UUID.randomUUID().toString()
				: this.formToken;
		return new Letter(this.subject, this.text, this.shareAddress, token);
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public boolean isShareAddress() {
		return this.shareAddress;
	}

	public void setShareAddress(boolean shareAddress) {
		this.shareAddress = shareAddress;
	}

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

}
