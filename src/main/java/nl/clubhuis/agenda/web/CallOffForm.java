package nl.clubhuis.agenda.web;

import jakarta.validation.constraints.Size;

/** Calling an event off, with an optional word to the people who registered. */
public class CallOffForm {

	@Size(max = 500)
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
