package nl.clubhuis.route.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.route.MilestoneEntry;

/**
 * Something that happened on a Doetank's route and that the team wants to show: a signed
 * assignment, a first experiment, the end publication. Optionally linked to a published
 * post of the same Doetank; {@code documentId} waits for the documents module.
 */
@Entity
@Table(name = "milestone")
public class Milestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long doetankId;

	private LocalDate happenedOn;

	private String title;

	private String line;

	private Long postId;

	private Long documentId;

	private Long createdById;

	private Instant createdAt;

	private Instant updatedAt;

	protected Milestone() {
	}

	public Milestone(DoetankRef doetank, MilestoneEntry entry, Long createdById, Instant now) {
		this.doetankId = doetank.id();
		this.createdById = createdById;
		this.createdAt = now;
		change(entry, now);
	}

	public boolean belongsTo(DoetankRef doetank) {
		return this.doetankId.equals(doetank.id());
	}

	/** The team corrects what it wrote; the rules were checked by the caller. */
	public void change(MilestoneEntry entry, Instant now) {
		this.happenedOn = entry.happenedOn();
		this.title = entry.title().strip();
		this.line = entry.line().strip();
		this.postId = entry.postId();
		this.documentId = entry.documentId();
		this.updatedAt = now;
	}

	/** The entry as it is now, to fill the form with. */
	public MilestoneEntry entry() {
		return new MilestoneEntry(this.happenedOn, this.title, this.line, this.postId, this.documentId);
	}

	public Long getId() {
		return this.id;
	}

	public Long getDoetankId() {
		return this.doetankId;
	}

	public LocalDate getHappenedOn() {
		return this.happenedOn;
	}

	public String getTitle() {
		return this.title;
	}

	public String getLine() {
		return this.line;
	}

	public Long getPostId() {
		return this.postId;
	}

	public Long getDocumentId() {
		return this.documentId;
	}

}
