package nl.clubhuis.member.web;

import nl.clubhuis.member.PasswordPolicy;
import nl.clubhuis.member.PasswordPolicy.Problem;

import org.springframework.validation.Errors;

/**
 * Puts what {@link PasswordPolicy} has against a new password next to its field, in every
 * form that sets one (registering, a forgotten password, changing it).
 */
final class PasswordRules {

	private PasswordRules() {
	}

	/** The message key of what is wrong with this password, or null when it will do. */
	static String problem(String password) {
		if (password == null) {
			return Problem.TOO_SHORT.messageKey();
		}
		return PasswordPolicy.standard().check(password).map(Problem::messageKey).orElse(null);
	}

	static void check(String password, String field, Errors errors) {
		String problem = problem(password);
		if (problem != null) {
			errors.rejectValue(field, problem);
		}
	}

}
