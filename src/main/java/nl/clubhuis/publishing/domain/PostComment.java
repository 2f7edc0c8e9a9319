package nl.clubhuis.publishing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.clubhuis.member.MemberPrincipal;

/**
 * A member's reaction under a post. Anyone may report it; a redacteur then hides it (or
 * restores it). The author may change or delete it.
 */
@Entity
@Table(name = "post_comment")
public class PostComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "post_id")
	private Post post;

	@Column(name = "author_id")
	private Long authorId;

	private String text;

	private Instant writtenAt;

	private Instant editedAt;

	private int reportCount;

	private Instant lastReportedAt;

	private boolean hidden;

	private String hiddenReason;

	@Version
	private long version;

	protected PostComment() {
	}

	PostComment(Post post, Long authorId, String text, Instant now) {
		this.post = post;
		this.authorId = authorId;
		this.text = text;
		this.writtenAt = now;
	}

	void rewrite(String text, Instant now) {
		this.text = text;
		this.editedAt = now;
	}

	void report(Instant now) {
		this.reportCount++;
		this.lastReportedAt = now;
	}

	void hide() {
		hide(null);
	}

	/** Hidden by the redactie, with the word to its author (may be empty). */
	void hide(String reason) {
		this.hidden = true;
		this.hiddenReason = (reason == null || reason.isBlank()) ? null : reason;
	}

	/** Restoring also clears the reports: a redacteur has looked at them. */
	void restore() {
		this.hidden = false;
		this.hiddenReason = null;
		this.reportCount = 0;
		this.lastReportedAt = null;
	}

	public boolean isBy(Long memberId) {
		return this.authorId.equals(memberId);
	}

	/** Its author changes or deletes it; a beheerder may step in. */
	boolean mayBeChangedBy(MemberPrincipal member) {
		return member != null && (isBy(member.id()) || member.isBeheerder());
	}

	public Long getId() {
		return this.id;
	}

	public Post getPost() {
		return this.post;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public String getText() {
		return this.text;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

	public Instant getEditedAt() {
		return this.editedAt;
	}

	public int getReportCount() {
		return this.reportCount;
	}

	public Instant getLastReportedAt() {
		return this.lastReportedAt;
	}

	public boolean isHidden() {
		return this.hidden;
	}

	/** The redactie's word to the author when they hid it, or null. */
	public String getHiddenReason() {
		return this.hiddenReason;
	}

	public long getVersion() {
		return this.version;
	}

}
