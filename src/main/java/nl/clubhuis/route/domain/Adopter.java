package nl.clubhuis.route.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.route.AdopterEntry;

/**
 * An organisation that took up the result of a Doetank (diffusion): what, since when, and
 * whom to ask about it. The contact is a name, or a member ({@code contactMemberId}); the
 * rules were checked by the caller ({@link AdopterRules}).
 */
@Entity
@Table(name = "adopter")
public class Adopter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long doetankId;

	private String organisation;

	private String takenUp;

	@Column(name = "adopted_since")
	private LocalDate since;

	private String contactName;

	private Long contactMemberId;

	private Long recordedById;

	private Instant recordedAt;

	private Instant updatedAt;

	protected Adopter() {
	}

	public Adopter(DoetankRef doetank, AdopterEntry entry, Long recordedById, Instant now) {
		this.doetankId = doetank.id();
		this.recordedById = recordedById;
		this.recordedAt = now;
		change(entry, now);
	}

	public boolean belongsTo(DoetankRef doetank) {
		return this.doetankId.equals(doetank.id());
	}

	/**
	 * The one who recorded it corrects it; "I am the contact" makes them the contact (by
	 * account, without a typed name).
	 */
	public void change(AdopterEntry entry, Instant now) {
		this.organisation = entry.organisation().strip();
		this.takenUp = entry.takenUp().strip();
		this.since = entry.since();
		this.contactMemberId = entry.contactIsMe() ? this.recordedById : null;
		this.contactName = (entry.contactIsMe() || entry.contactName() == null || entry.contactName().isBlank()) ? null
				: entry.contactName().strip();
		this.updatedAt = now;
	}

	/** The entry as it is now, to fill the form with. */
	public AdopterEntry entry() {
		return new AdopterEntry(this.organisation, this.takenUp, this.since, this.contactName,
				this.contactMemberId != null);
	}

	public Long getId() {
		return this.id;
	}

	public Long getDoetankId() {
		return this.doetankId;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public String getTakenUp() {
		return this.takenUp;
	}

	public LocalDate getSince() {
		return this.since;
	}

	public String getContactName() {
		return this.contactName;
	}

	public Long getContactMemberId() {
		return this.contactMemberId;
	}

	public Long getRecordedById() {
		return this.recordedById;
	}

}
