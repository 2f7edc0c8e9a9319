package nl.clubhuis.questions.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.questions.domain.QuestionDraft;

/**
 * /vragen/nieuw. {@code submission} is a one-time token made when the form is shown, so a
 * double submit asks once. {@code doetank} is the title or address of a public Doetank.
 */
public class QuestionForm {

	private String submission = UUID.randomUUID().toString();

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotBlank
	@Size(max = 20000)
	private String body;

	@NotEmpty
	private Set<Long> expertise = new LinkedHashSet<>();

	@Size(max = 200)
	private String doetank;

	private Phase phase;

	QuestionDraft draft(Long doetankId) {
		return new QuestionDraft(Tokens.parse(this.submission), this.title.strip(), this.body, this.expertise,
				doetankId, this.phase);
	}

	public String getSubmission() {
		return this.submission;
	}

	public void setSubmission(String submission) {
		this.submission = submission;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Set<Long> getExpertise() {
		return this.expertise;
	}

	public void setExpertise(Set<Long> expertise) {
		this.expertise = (expertise != null) ? expertise : new LinkedHashSet<>();
	}

	public String getDoetank() {
		return this.doetank;
	}

	public void setDoetank(String doetank) {
		this.doetank = doetank;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public void setPhase(Phase phase) {
		this.phase = phase;
	}

}
