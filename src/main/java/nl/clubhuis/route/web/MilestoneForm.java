package nl.clubhuis.route.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.clubhuis.route.MilestoneEntry;

import org.springframework.format.annotation.DateTimeFormat;

/** A milestone as the team types it; the day's rules are checked against the route. */
public class MilestoneForm {

	/** ISO, as a date field sends it (not the short Dutch style printed elsewhere). */
	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate happenedOn;

	@NotBlank
	@Size(max = 120)
	private String title;

	@NotBlank
	@Size(max = 300)
	private String line;

	private Long postId;

	private Long documentId;

	static MilestoneForm of(MilestoneEntry entry) {
		MilestoneForm form = new MilestoneForm();
		form.happenedOn = entry.happenedOn();
		form.title = entry.title();
		form.line = entry.line();
		form.postId = entry.postId();
		form.documentId = entry.documentId();
		return form;
	}

	MilestoneEntry toEntry() {
		return new MilestoneEntry(this.happenedOn, this.title, this.line, this.postId, this.documentId);
	}

	public LocalDate getHappenedOn() {
		return this.happenedOn;
	}

	public void setHappenedOn(LocalDate happenedOn) {
		this.happenedOn = happenedOn;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getLine() {
		return this.line;
	}

	public void setLine(String line) {
		this.line = line;
	}

	public Long getPostId() {
		return this.postId;
	}

	public void setPostId(Long postId) {
		this.postId = postId;
	}

	public Long getDocumentId() {
		return this.documentId;
	}

	public void setDocumentId(Long documentId) {
		this.documentId = documentId;
	}

}
