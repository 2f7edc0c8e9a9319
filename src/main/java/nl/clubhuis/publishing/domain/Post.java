package nl.clubhuis.publishing.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.publishing.PostContent;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.PostStatus;
import nl.clubhuis.shared.Markdown;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A news item, Café blog post, Doetank blog post or beschouwing. Its slug is chosen once,
 * from the first title, and kept when the title changes so links keep working. Its
 * Doetank and author belong to other modules and are kept by id.
 */
@Entity
@Table(name = "post")
public class Post {

	static final int EXCERPT_LENGTH = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private PostKind kind;

	private String slug;

	private String title;

	private String summary;

	private String body;

	private String excerpt;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "varchar[]")
	private List<String> tags = new ArrayList<>();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "cover_image_id")
	private Image cover;

	@Column(name = "cover_image_id", insertable = false, updatable = false)
	private Long coverId;

	private String coverAlt;

	@Column(name = "doetank_id")
	private Long doetankId;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	@Column(name = "author_id")
	private Long authorId;

	@Enumerated(EnumType.STRING)
	private PostStatus status;

	private Instant publishAt;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant hiddenAt;

	private String hiddenReason;

	@Version
	private long version;

	protected Post() {
	}

	Post(PostKind kind, String slug, Long doetankId, Long authorId, Instant now) {
		this.kind = kind;
		this.slug = slug;
		this.doetankId = doetankId;
		this.authorId = authorId;
		this.status = PostStatus.CONCEPT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void write(PostContent content, Image cover, Instant now) {
		this.title = content.title();
		this.summary = content.summary();
		this.body = content.body();
		this.excerpt = (content.summary() != null) ? content.summary()
				: Markdown.toPlainText(this.body, EXCERPT_LENGTH);
		this.tags = new ArrayList<>(content.tags());
		this.cover = cover;
		this.coverAlt = (cover != null) ? content.coverAlt() : null;
		this.phase = content.phase();
		this.updatedAt = now;
	}

	/**
	 * Published at the moment chosen, or now when none was chosen; a moment in the future
	 * means ingepland. A post that was already published keeps its moment when it is
	 * edited (the form shows it to the minute), so fixing a typo does not move an old
	 * item to the top; an emptied field on an ingepland post means now.
	 */
	void publish(Instant chosen, Instant now) {
		Instant current = this.publishAt;
		boolean published = this.status == PostStatus.GEPUBLICEERD && current != null;
		this.status = PostStatus.GEPUBLICEERD;
		if (published && chosen != null && chosen.equals(current.truncatedTo(ChronoUnit.MINUTES))) {
			return;
		}
		if (published && chosen == null && !current.isAfter(now)) {
			return;
		}
		this.publishAt = (chosen != null) ? chosen : now;
	}

	void keepAsConcept() {
		this.status = PostStatus.CONCEPT;
		this.publishAt = null;
	}

	/**
	 * The version the editor started from must be the current one; without one, the
	 * editor cannot know what they would overwrite.
	 */
	void requireVersion(Long expected) {
		if (expected == null || expected != this.version) {
			throw new OptimisticLockingFailureException("post " + this.slug + " changed meanwhile");
		}
	}

	/**
	 * A beschouwing looks back on a phase the Doetank has reached: its current phase or
	 * an earlier one.
	 */
	public static boolean isPhaseReached(Phase doetankPhase, Phase phase) {
		return phase != null && doetankPhase != null && !doetankPhase.isBefore(phase);
	}

	boolean isBy(Long memberId) {
		return this.authorId.equals(memberId);
	}

	/**
	 * The redactie hides a reported post with a word to its author; hiding it again keeps
	 * the first moment.
	 */
	void hide(String reason, Instant now) {
		if (this.hiddenAt == null) {
			this.hiddenAt = now;
		}
		this.hiddenReason = reason;
	}

	void restore() {
		this.hiddenAt = null;
		this.hiddenReason = null;
	}

	public boolean isVisibleAt(Instant now) {
		return this.status == PostStatus.GEPUBLICEERD && !this.publishAt.isAfter(now) && !isHidden();
	}

	public boolean isHidden() {
		return this.hiddenAt != null;
	}

	/** The redactie's word to the author when it hid the post (may be empty). */
	public String getHiddenReason() {
		return this.hiddenReason;
	}

	public boolean isScheduledAt(Instant now) {
		return this.status == PostStatus.GEPUBLICEERD && this.publishAt.isAfter(now);
	}

	public String getHtml() {
		return Markdown.toHtml(this.body);
	}

	public Long getId() {
		return this.id;
	}

	public PostKind getKind() {
		return this.kind;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getBody() {
		return this.body;
	}

	public String getExcerpt() {
		return this.excerpt;
	}

	public List<String> getTags() {
		return List.copyOf(this.tags);
	}

	public Image getCover() {
		return this.cover;
	}

	public Long getCoverId() {
		return (this.cover != null) ? this.cover.getId() : this.coverId;
	}

	public String getCoverAlt() {
		return this.coverAlt;
	}

	/** The Doetank whose blog it is on; null for news and the Café blog. */
	public Long getDoetankId() {
		return this.doetankId;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public PostStatus getStatus() {
		return this.status;
	}

	public Instant getPublishAt() {
		return this.publishAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
