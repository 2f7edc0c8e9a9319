package nl.clubhuis.publishing.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.publishing.PostContent;
import nl.clubhuis.publishing.domain.Post;
import nl.clubhuis.publishing.domain.Tags;
import nl.clubhuis.shared.Texts;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The post form, as typed; kept whole when it comes back with errors. */
public class PostForm {

	@NotBlank
	@Size(max = 150)
	private String title;

	@Size(max = 300)
	private String summary;

	@NotBlank
	@Size(max = 20000)
	private String body;

	@Size(max = 200)
	private String tags;

	/**
	 * A picture uploaded with an earlier try of this form, kept while errors are fixed.
	 */
	private Long coverImageId;

	private boolean removeCover;

	@Size(max = 200)
	private String coverAlt;

	/** Only for a beschouwing: the phase it looks back on. */
	private Phase phase;

	/** Empty: now. Later: the post is ingepland. */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime publishAt;

	private Long version;

	static PostForm of(Post post, ZoneId zone) {
		PostForm form = new PostForm();
		form.title = post.getTitle();
		form.summary = post.getSummary();
		form.body = post.getBody();
		form.tags = Tags.join(post.getTags());
		form.coverImageId = post.getCoverId();
		form.coverAlt = post.getCoverAlt();
		form.phase = post.getPhase();
		// Minutes: a datetime-local field refuses a value with seconds and fractions.
		form.publishAt = (post.getPublishAt() != null)
				? LocalDateTime.ofInstant(post.getPublishAt(), zone).truncatedTo(ChronoUnit.MINUTES) : null;
		form.version = post.getVersion();
		return form;
	}

	/** The checks Bean Validation cannot express, each on its own field. */
	void check(Errors errors, boolean beschouwing) {
		if (!Tags.areValid(Tags.parse(this.tags))) {
			errors.rejectValue("tags", "post.tags.invalid");
		}
		if (hasCover() && Texts.stripToNull(this.coverAlt) == null) {
			// Who cannot see the picture needs its description (WCAG 1.1.1).
			errors.rejectValue("coverAlt", "post.coverAlt.required");
		}
		if (beschouwing && this.phase == null) {
			errors.rejectValue("phase", "post.phase.required");
		}
	}

	public boolean hasCover() {
		return this.coverImageId != null && !this.removeCover;
	}

	PostContent content() {
		return new PostContent(this.title.strip(), Texts.stripToNull(this.summary), this.body.strip(),
				Tags.parse(this.tags), Texts.stripToNull(this.coverAlt), this.phase);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public Long getCoverImageId() {
		return this.coverImageId;
	}

	public void setCoverImageId(Long coverImageId) {
		this.coverImageId = coverImageId;
	}

	public boolean isRemoveCover() {
		return this.removeCover;
	}

	public void setRemoveCover(boolean removeCover) {
		this.removeCover = removeCover;
	}

	public String getCoverAlt() {
		return this.coverAlt;
	}

	public void setCoverAlt(String coverAlt) {
		this.coverAlt = coverAlt;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public void setPhase(Phase phase) {
		this.phase = phase;
	}

	public LocalDateTime getPublishAt() {
		return this.publishAt;
	}

	public void setPublishAt(LocalDateTime publishAt) {
		this.publishAt = publishAt;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
