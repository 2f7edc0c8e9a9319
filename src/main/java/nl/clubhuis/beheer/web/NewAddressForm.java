package nl.clubhuis.beheer.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The address a beheerder sends a member's confirmation link to, typed twice: a typo
 * would send the member's name and a link to their account to a stranger.
 */
public class NewAddressForm {

	@NotBlank
	@Email
	@Size(max = 254)
	private String newEmail;

	@NotBlank
	private String newEmailAgain;

	public String getNewEmail() {
		return this.newEmail;
	}

	public void setNewEmail(String newEmail) {
		this.newEmail = newEmail;
	}

	public String getNewEmailAgain() {
		return this.newEmailAgain;
	}

	public void setNewEmailAgain(String newEmailAgain) {
		this.newEmailAgain = newEmailAgain;
	}

	/** Whether both fields hold the same address (in any case). */
	boolean typedTheSameTwice() {
		return this.newEmail != null && this.newEmailAgain != null
				&& this.newEmail.strip().equalsIgnoreCase(this.newEmailAgain.strip());
	}

}
