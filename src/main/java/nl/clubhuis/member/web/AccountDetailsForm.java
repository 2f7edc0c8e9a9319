package nl.clubhuis.member.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Name and organisation on /mijn/account. */
public class AccountDetailsForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@Size(max = 120)
	private String organisation;

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

}
