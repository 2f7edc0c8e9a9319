package nl.clubhuis.member.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new address on /mijn/account. */
public class EmailChangeForm {

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
