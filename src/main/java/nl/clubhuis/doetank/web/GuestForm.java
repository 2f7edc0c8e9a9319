package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.Guest;
import nl.clubhuis.doetank.MembershipRole;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Someone in the team without an account: name, organisation and role. */
public class GuestForm {

	@NotBlank
	@Size(max = 120)
	private String name;

	@Size(max = 160)
	private String organisation;

	@NotNull
	private MembershipRole guestRole;

	static GuestForm of(Guest guest) {
		GuestForm form = new GuestForm();
		form.name = guest.name();
		form.organisation = guest.organisation();
		form.guestRole = guest.role();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public MembershipRole getGuestRole() {
		return this.guestRole;
	}

	public void setGuestRole(MembershipRole guestRole) {
		this.guestRole = guestRole;
	}

}
