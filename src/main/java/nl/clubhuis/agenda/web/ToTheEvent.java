package nl.clubhuis.agenda.web;

import java.util.function.Supplier;

import nl.clubhuis.shared.RuleViolationException;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A step taken on an event's page (register, cancel, call off, go ahead): done, or
 * refused by a rule; either way back to the event, with what happened as a message.
 */
final class ToTheEvent {

	private ToTheEvent() {
	}

	/** {@code step} takes the step and returns the message key of its success. */
	static String after(String slug, RedirectAttributes redirect, Supplier<String> step) {
		try {
			redirect.addFlashAttribute("flashSuccess", step.get());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flashProblem", ex.messageKey());
		}
		return "redirect:/agenda/" + slug;
	}

}
