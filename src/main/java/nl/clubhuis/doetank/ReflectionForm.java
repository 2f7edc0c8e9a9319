package nl.clubhuis.doetank;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A coach's beschouwing on the current phase. */
public class ReflectionForm {

	@NotBlank
	@Size(max = 4000)
	private String text;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
