package nl.clubhuis.route.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.clubhuis.route.AdopterEntry;

import org.springframework.format.annotation.DateTimeFormat;

/** An adopter as a member types it; the contact's rule is checked by the service. */
public class AdopterForm {

	@NotBlank
	@Size(max = 160)
	private String organisation;

	@NotBlank
	@Size(max = 1000)
	private String takenUp;

	/** ISO, as a date field sends it. */
	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate since;

	@Size(max = 120)
	private String contactName;

	private boolean contactIsMe;

	static AdopterForm of(AdopterEntry entry) {
		AdopterForm form = new AdopterForm();
		form.organisation = entry.organisation();
		form.takenUp = entry.takenUp();
		form.since = entry.since();
		form.contactName = entry.contactName();
		form.contactIsMe = entry.contactIsMe();
		return form;
	}

	AdopterEntry toEntry() {
		return new AdopterEntry(this.organisation, this.takenUp, this.since, this.contactName, this.contactIsMe);
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getTakenUp() {
		return this.takenUp;
	}

	public void setTakenUp(String takenUp) {
		this.takenUp = takenUp;
	}

	public LocalDate getSince() {
		return this.since;
	}

	public void setSince(LocalDate since) {
		this.since = since;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public boolean isContactIsMe() {
		return this.contactIsMe;
	}

	public void setContactIsMe(boolean contactIsMe) {
		this.contactIsMe = contactIsMe;
	}

}
