package nl.clubhuis.partners.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.clubhuis.partners.PartnerDetails;
import nl.clubhuis.partners.PartnerKind;
import nl.clubhuis.partners.domain.Partner;
import nl.clubhuis.partners.domain.PartnerLink;
import nl.clubhuis.shared.Texts;

import org.springframework.validation.Errors;

/** The partner form, as typed; kept whole when it comes back with errors. */
public class PartnerForm {

	@NotNull
	private PartnerKind kind;

	@NotBlank
	@Size(max = 120)
	private String name;

	@NotBlank
	@Size(max = 1500)
	private String description;

	@Size(max = 300)
	private String url;

	private Long version;

	static PartnerForm of(Partner partner) {
		PartnerForm form = new PartnerForm();
		form.kind = partner.getKind();
		form.name = partner.getName();
		form.description = partner.getDescription();
		form.url = partner.getUrl();
		form.version = partner.getVersion();
		return form;
	}

	/** A link must be a web address (see {@link PartnerLink}). */
	void check(Errors errors) {
		String link = Texts.stripToNull(this.url);
		if (link != null && !errors.hasFieldErrors("url") && !PartnerLink.isWebAddress(link)) {
			errors.rejectValue("url", "partner.url.invalid");
		}
	}

	/** What was typed, trimmed; call after validation. */
	PartnerDetails toDetails() {
		return new PartnerDetails(this.kind, this.name.strip(), this.description.strip(), Texts.stripToNull(this.url));
	}

	public PartnerKind getKind() {
		return this.kind;
	}

	public void setKind(PartnerKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
