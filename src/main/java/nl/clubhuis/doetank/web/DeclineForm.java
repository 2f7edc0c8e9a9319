package nl.clubhuis.doetank.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A coach declines a proposal; the author deserves to know why. */
public class DeclineForm {

	@NotBlank
	@Size(max = 2000)
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
