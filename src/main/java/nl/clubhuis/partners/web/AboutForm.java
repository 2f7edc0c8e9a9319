package nl.clubhuis.partners.web;

import nl.clubhuis.partners.domain.AboutPage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The redactie's text for /over, in Markdown. */
public class AboutForm {

	@NotBlank
	@Size(max = 20000)
	private String bodyNl;

	@Size(max = 20000)
	private String bodyEn;

	@NotNull
	private Long version;

	static AboutForm of(AboutPage page) {
		AboutForm form = new AboutForm();
		form.bodyNl = page.getBodyNl();
		form.bodyEn = page.getBodyEn();
		form.version = page.getVersion();
		return form;
	}

	public String getBodyNl() {
		return this.bodyNl;
	}

	public void setBodyNl(String bodyNl) {
		this.bodyNl = bodyNl;
	}

	public String getBodyEn() {
		return this.bodyEn;
	}

	public void setBodyEn(String bodyEn) {
		this.bodyEn = bodyEn;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
