package nl.clubhuis.member.web;

/**
 * A new password, with the token of the mailed link (choosing one) or the current
 * password (changing it). Passwords are never sent back to the page.
 */
public class NewPasswordForm {

	private String code;

	private String currentPassword;

	/** Checked by {@link PasswordRules}. */
	private String password;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
