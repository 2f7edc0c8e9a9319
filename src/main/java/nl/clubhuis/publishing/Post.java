package nl.clubhuis.publishing;

import java.time.Instant;
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
import nl.clubhuis.doetank.Doetank;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.Member;
import nl.clubhuis.shared.Markdown;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A news item, Café blog post, Doetank blog post or beschouwing. Its slug is chosen once,
 * from the first title, and kept when the title changes so links keep working.
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

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "doetank_id")
	private Doetank doetank;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "author_id")
	private Member author;

	@Enumerated(EnumType.STRING)
	private PostStatus status;

	private Instant publishAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Post() {
	}

	Post(PostKind kind, String slug, Doetank doetank, Member author, Instant now) {
		this.kind = kind;
		this.slug = slug;
		this.doetank = doetank;
		this.author = author;
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

	/** Published at {@code moment}: now, or later (ingepland). */
	void publish(Instant moment) {
		this.status = PostStatus.GEPUBLICEERD;
		this.publishAt = moment;
	}

	void keepAsConcept() {
		this.status = PostStatus.CONCEPT;
		this.publishAt = null;
	}

	public boolean isVisibleAt(Instant now) {
		return this.status == PostStatus.GEPUBLICEERD && !this.publishAt.isAfter(now);
	}

	public boolean isScheduledAt(Instant now) {
		return this.status == PostStatus.GEPUBLICEERD && this.publishAt.isAfter(now);
	}

	/** The page of this post, relative to the portal. */
	public String getPath() {
		return path(this.kind, (this.doetank != null) ? this.doetank.getSlug() : null, this.slug);
	}

	/** Where a post lives: on its Doetank's blog, or in its section. */
	static String path(PostKind kind, String doetankSlug, String slug) {
		return kind.belongsToADoetank() ? "/doetanks/" + doetankSlug + "/blog/" + slug
				: "/" + kind.section() + "/" + slug;
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

	public Doetank getDoetank() {
		return this.doetank;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public Member getAuthor() {
		return this.author;
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
