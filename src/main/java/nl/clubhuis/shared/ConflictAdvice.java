package nl.clubhuis.shared;

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

	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentChange(Model model) {
		return conflictPage(model, "error.409.concurrent");
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
