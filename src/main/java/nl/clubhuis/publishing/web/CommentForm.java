package nl.clubhuis.publishing.web;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment as typed; kept in the session for one redirect when it has errors. */
public class CommentForm implements Serializable {

	private static final long serialVersionUID = 1L;

	@NotBlank
	@Size(max = 2000)
	private String text;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
