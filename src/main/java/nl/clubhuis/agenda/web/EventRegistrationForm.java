package nl.clubhuis.agenda.web;

import jakarta.validation.constraints.Size;

/** Registering: one click, with an optional question or dietary note. */
public class EventRegistrationForm {

	@Size(max = 500)
	private String note;

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
