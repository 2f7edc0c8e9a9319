package nl.clubhuis.shared;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A part of an address that cannot be what the page expects. In the path ({@code
 * /beheer/leden/abc}) it names nothing that exists: the friendly 404. A parameter of the
 * wrong kind ({@code ?id=abc}) goes on to Spring's 400, whose page says so in general
 * words.
 */
@ControllerAdvice
class WrongAddressAdvice {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String typeMismatch(MethodArgumentTypeMismatchException ex, Model model, HttpServletResponse response) {
		if (!ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			throw ex;
		}
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("status", HttpStatus.NOT_FOUND.value());
		return "error";
	}

}
