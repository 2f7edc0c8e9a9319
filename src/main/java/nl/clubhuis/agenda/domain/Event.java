package nl.clubhuis.agenda.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.clubhuis.agenda.EventDetails;
import nl.clubhuis.agenda.EventRef;
import nl.clubhuis.agenda.EventType;
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

	/** The Doetank whose own meeting this is; null for the network's events. */
	@Column(name = "doetank_id")
	private Long hostDoetankId;

	/** The Doetanks presenting. */
	@ElementCollection
	@CollectionTable(name = "event_podium", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "doetank_id")
	private Set<Long> podiumDoetankIds = new LinkedHashSet<>();

	/** The Café blog post that reports on it. */
	@Column(name = "report_post_id")
	private Long reportPostId;

	private boolean cancelled;

	private String cancelReason;

	@Column(name = "created_by")
	private Long createdById;

	/** The announce form's token, so the same form sent twice announces once. */
	private String formToken;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Event() {
	}

	public Event(String slug, Long hostDoetankId, Long createdById, Instant now) {
		this.slug = slug;
		this.hostDoetankId = hostDoetankId;
		this.createdById = createdById;
		this.createdAt = now;
	}

	public void describe(EventDetails details, Instant now) {
		this.type = (this.hostDoetankId != null) ? EventType.DOETANK : details.type();
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
		this.podiumDoetankIds = new LinkedHashSet<>(details.podium());
		this.updatedAt = now;
	}

	void sentWith(String formToken) {
		this.formToken = formToken;
	}

	public void linkReport(Long reportPostId, Instant now) {
		this.reportPostId = reportPostId;
		this.updatedAt = now;
	}

	/**
	 * Calls the event off: nobody registers any more and nobody moves up. Returns false
	 * when it was called off already, so the people registered are told only once.
	 */
	public boolean callOff(String reason, Instant now) {
		if (this.cancelled) {
			return false;
		}
		this.cancelled = true;
		this.cancelReason = reason;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Goes ahead after all. Returns false when it was not called off, so nobody is told
	 * twice.
	 */
	public boolean resume(Instant now) {
		if (!this.cancelled) {
			return false;
		}
		this.cancelled = false;
		this.cancelReason = null;
		this.updatedAt = now;
		return true;
	}

	/** When and where it is, to tell what a change moved. */
	WhenAndWhere when() {
		return new WhenAndWhere(this.startsAt, this.endsAt, this.location, this.onlineUrl);
	}

	/** Whether a member may register now, and if not, why not. */
	public RegistrationWindow windowAt(Instant now) {
		return RegistrationWindow.at(now, this.registrationOpensAt, this.registrationClosesAt, this.startsAt,
				this.cancelled);
	}

	/**
	 * The places left for {@code confirmed} people with a place; none at all once the
	 * event is called off, so nobody moves up to a meeting that does not happen.
	 */
	public FreePlaces freePlaces(long confirmed) {
		return this.cancelled ? FreePlaces.NONE : FreePlaces.of(this.capacity, confirmed);
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
		return this.hostDoetankId != null;
	}

	public boolean isHostedBy(Long doetankId) {
		return this.hostDoetankId != null && this.hostDoetankId.equals(doetankId);
	}

	public EventRef ref() {
		return new EventRef(this.id, this.slug, this.type, this.title, this.version);
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

	public Long getHostDoetankId() {
		return this.hostDoetankId;
	}

	public Set<Long> getPodiumDoetankIds() {
		return this.podiumDoetankIds;
	}

	public Long getReportPostId() {
		return this.reportPostId;
	}

	public Long getCreatedById() {
		return this.createdById;
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
