package nl.clubhuis.shared;

import java.sql.SQLException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * When two people change the same thing at once, or a rule says no to an action the page
 * still offered, the person gets a clear page instead of an error.
 */
@ControllerAdvice
class ConflictAdvice {

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentChange(Model model) {
		return conflictPage(model, "error.409.concurrent");
	}

	/**
	 * A uniqueness or other constraint hit by a change made at the same moment: 409. Text
	 * PostgreSQL cannot store (a NUL in a multipart form's field) is not a conflict but
	 * unreadable input: 400.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	String integrityViolation(DataIntegrityViolationException ex, Model model, HttpServletResponse response) {
		if (unstorableText(ex)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
			model.addAttribute("reason", "error.400.unreadable");
			return "error";
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		return conflictPage(model, "error.409.concurrent");
	}

	/** PostgreSQL's "character not in repertoire" (NUL) or "untranslatable character". */
	static boolean unstorableText(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql
					&& ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/** Over a rate limit: 429, and why (RateLimits set the status already). */
	@ExceptionHandler(RateLimitExceededException.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String rateLimit(RateLimitExceededException ex, Model model) {
		model.addAttribute("status", HttpStatus.TOO_MANY_REQUESTS.value());
		model.addAttribute("reason", ex.messageKey());
		return "error";
	}

	@ExceptionHandler(RuleViolationException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String ruleViolation(RuleViolationException ex, Model model) {
		return conflictPage(model, ex.messageKey());
	}

	/** The error page, saying why ({@code reason} is a message key). */
	private static String conflictPage(Model model, String reason) {
		model.addAttribute("status", HttpStatus.CONFLICT.value());
		model.addAttribute("reason", reason);
		return "error";
	}

}
