package nl.clubhuis.questions.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An answer (Markdown) or, with {@code COMMENT_LENGTH}, a comment on an answer (plain
 * text); {@code submission} makes a double submit count once.
 */
public class AnswerForm {

	static final int COMMENT_LENGTH = 1000;

	private String submission = UUID.randomUUID().toString();

	@NotBlank
	@Size(max = 20000)
	private String body;

	public String getSubmission() {
		return this.submission;
	}

	public void setSubmission(String submission) {
		this.submission = submission;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
