package nl.clubhuis.member.web;

import nl.clubhuis.member.AcceptablePassword;
import nl.clubhuis.member.NewMember;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The fields of /registreren. The password is never sent back to the page. */
public class RegistrationForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 120)
	private String organisation;

	// One rule for length, repetition and common passwords, so an empty password gets
	// one clear message ("at least 10 characters").
	@NotNull
	@AcceptablePassword
	private String password;

	NewMember toNewMember() {
		return new NewMember(this.name, this.email, this.organisation, this.password);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
