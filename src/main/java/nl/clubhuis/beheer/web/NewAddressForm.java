package nl.clubhuis.beheer.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address a beheerder sends a member's confirmation link to. */
public class NewAddressForm {

	@NotBlank
	@Email
	@Size(max = 254)
	private String newEmail;

	public String getNewEmail() {
		return this.newEmail;
	}

	public void setNewEmail(String newEmail) {
		this.newEmail = newEmail;
	}

}
