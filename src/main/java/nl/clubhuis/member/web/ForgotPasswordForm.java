package nl.clubhuis.member.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address on /wachtwoord-vergeten. */
public class ForgotPasswordForm {

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
