package nl.clubhuis.agenda;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.clubhuis.doetank.Doetank;
import nl.clubhuis.member.Member;
import nl.clubhuis.publishing.domain.Post;
import nl.clubhuis.shared.Markdown;

/**
 * A meeting in the agenda. Its slug is chosen once, from the first title, so links and
 * calendar entries keep working when the title changes.
 */
@Entity
@Table(name = "event")
public class Event {

	private static final int EXCERPT_LENGTH = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Enumerated(EnumType.STRING)
	private EventType type;

	private String title;

	private String description;

	private String excerpt;

	private Instant startsAt;

	private Instant endsAt;

	private String location;

	private String onlineUrl;

	private Integer capacity;

	private Instant registrationOpensAt;

	private Instant registrationClosesAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "doetank_id")
	private Doetank doetank;

	@ManyToMany
	@JoinTable(name = "event_podium", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "doetank_id"))
	private Set<Doetank> podium = new LinkedHashSet<>();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "report_post_id")
	private Post report;

	private boolean cancelled;

	private String cancelReason;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "created_by")
	private Member createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Event() {
	}

	Event(String slug, Doetank doetank, Member createdBy, Instant now) {
		this.slug = slug;
		this.doetank = doetank;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void describe(EventDetails details, Instant now) {
		this.type = (this.doetank != null) ? EventType.DOETANK : details.type();
		this.title = details.title();
		this.description = details.description();
		this.excerpt = Markdown.toPlainText(details.description(), EXCERPT_LENGTH);
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.location = details.location();
		this.onlineUrl = details.onlineUrl();
		this.capacity = details.capacity();
		this.registrationOpensAt = details.registrationOpensAt();
		this.registrationClosesAt = details.registrationClosesAt();
		this.podium = new LinkedHashSet<>(details.podium());
		this.updatedAt = now;
	}

	void linkReport(Post report, Instant now) {
		this.report = report;
		this.updatedAt = now;
	}

	void cancel(String reason, Instant now) {
		this.cancelled = true;
		this.cancelReason = reason;
		this.updatedAt = now;
	}

	/** Whether a member may register now, and if not, why not. */
	RegistrationWindow windowAt(Instant now) {
		if (this.cancelled) {
			return RegistrationWindow.CANCELLED;
		}
		if (this.registrationOpensAt != null && now.isBefore(this.registrationOpensAt)) {
			return RegistrationWindow.NOT_YET_OPEN;
		}
		Instant closes = (this.registrationClosesAt != null && this.registrationClosesAt.isBefore(this.startsAt))
				? this.registrationClosesAt : this.startsAt;
		return now.isBefore(closes) ? RegistrationWindow.OPEN : RegistrationWindow.CLOSED;
	}

	boolean hasRoomFor(long confirmed) {
		return this.capacity == null || confirmed < this.capacity;
	}

	public boolean isOver(Instant now) {
		return !this.endsAt.isAfter(now);
	}

	public boolean hasStarted(Instant now) {
		return !this.startsAt.isAfter(now);
	}

	public boolean isOnline() {
		return this.onlineUrl != null;
	}

	public boolean isHybrid() {
		return this.onlineUrl != null && this.location != null;
	}

	/** A team's own meeting: only its members may come. */
	public boolean isDoetankMeeting() {
		return this.doetank != null;
	}

	public boolean isHostedBy(Long doetankId) {
		return this.doetank != null && this.doetank.getId().equals(doetankId);
	}

	public String getPath() {
		return "/agenda/" + this.slug;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public EventType getType() {
		return this.type;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public String getExcerpt() {
		return this.excerpt;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public String getLocation() {
		return this.location;
	}

	public String getOnlineUrl() {
		return this.onlineUrl;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public Instant getRegistrationOpensAt() {
		return this.registrationOpensAt;
	}

	public Instant getRegistrationClosesAt() {
		return this.registrationClosesAt;
	}

	public Doetank getDoetank() {
		return this.doetank;
	}

	public Set<Doetank> getPodium() {
		return this.podium;
	}

	public Post getReport() {
		return this.report;
	}

	public boolean isCancelled() {
		return this.cancelled;
	}

	public String getCancelReason() {
		return this.cancelReason;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
