package nl.clubhuis.member.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The fields of /mijn/account/verwijderen: what happens to what the member wrote, their
 * password, and that they understand it cannot be undone. The password is never sent back
 * to the page.
 */
public class ErasureForm {

	@NotNull
	private Boolean keepContent;

	@NotBlank
	private String password;

	@AssertTrue
	private boolean confirmed;

	public Boolean getKeepContent() {
		return this.keepContent;
	}

	public void setKeepContent(Boolean keepContent) {
		this.keepContent = keepContent;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

}
