package nl.clubhuis.beheer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A term of the expertise vocabulary, in Dutch and English. */
public class ExpertiseForm {

	@NotBlank
	@Size(max = 60)
	private String nameNl;

	@NotBlank
	@Size(max = 60)
	private String nameEn;

	public String getNameNl() {
		return this.nameNl;
	}

	public void setNameNl(String nameNl) {
		this.nameNl = nameNl;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

}
