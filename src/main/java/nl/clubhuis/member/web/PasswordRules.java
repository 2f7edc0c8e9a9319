package nl.clubhuis.member.web;

import org.springframework.validation.Errors;

/**
 * What a new password must be, in one place for every form that sets one (registering, a
 * forgotten password, changing it): at least {@value #MIN} and at most {@value #MAX}
 * characters.
 */
final class PasswordRules {

	static final int MIN = 10;

	static final int MAX = 128;

	private PasswordRules() {
	}

	/** The message key of what is wrong with this password, or null when it will do. */
	static String problem(String password) {
		if (password == null || password.length() < MIN) {
			return "password.tooShort";
		}
		if (password.length() > MAX) {
			return "password.tooLong";
		}
		return null;
	}

	/** Puts what is wrong with the password next to its field. */
	static void check(String password, String field, Errors errors) {
		String problem = problem(password);
		if (problem != null) {
			errors.rejectValue(field, problem, new Object[] { MIN, MAX }, null);
		}
	}

}
