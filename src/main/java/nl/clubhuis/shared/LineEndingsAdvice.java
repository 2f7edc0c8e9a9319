package nl.clubhuis.shared;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Browsers send a line break in a text area as two characters (CR LF) but count it as one
 * against maxlength. Every form keeps line breaks as one character, so a text that fits
 * the field also fits the limit the server checks.
 */
@ControllerAdvice
class LineEndingsAdvice {

	@InitBinder
	void singleCharacterLineBreaks(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue((text != null) ? text.replace("\r\n", "\n") : null);
			}
		});
	}

}
