package nl.clubhuis.route.web;

import nl.clubhuis.route.ChecklistKind;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A line of the gatekeepers-overleg checklist: its kind (when added) and its words. */
public class ChecklistLineForm {

	@NotNull(groups = Adding.class)
	private ChecklistKind kind;

	@NotBlank
	@Size(max = 500)
	private String textNl;

	@Size(max = 500)
	private String textEn;

	/** Only a new line chooses its kind. */
	interface Adding {

	}

	public ChecklistKind getKind() {
		return this.kind;
	}

	public void setKind(ChecklistKind kind) {
		this.kind = kind;
	}

	public String getTextNl() {
		return this.textNl;
	}

	public void setTextNl(String textNl) {
		this.textNl = textNl;
	}

	public String getTextEn() {
		return this.textEn;
	}

	public void setTextEn(String textEn) {
		this.textEn = textEn;
	}

}
