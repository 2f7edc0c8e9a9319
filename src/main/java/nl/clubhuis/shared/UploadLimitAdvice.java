package nl.clubhuis.shared;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request so large the server stops reading it never reaches its form; the sender gets
 * a page that says so instead of an error. Files under that limit but over the portal's
 * own are refused in the form itself, with everything typed kept.
 */
@ControllerAdvice
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
	String tooLarge(Model model) {
		model.addAttribute("status", HttpStatus.CONTENT_TOO_LARGE.value());
		return "error";
	}

}
