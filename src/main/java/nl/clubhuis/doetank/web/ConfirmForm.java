package nl.clubhuis.doetank.web;

import jakarta.validation.constraints.Size;

/** A confirmation, with an optional word to the person it is about. */
public class ConfirmForm {

	@Size(max = 1000)
	private String note;

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
