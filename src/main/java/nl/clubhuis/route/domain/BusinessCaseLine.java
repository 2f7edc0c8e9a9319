package nl.clubhuis.route.domain;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.route.BusinessCaseEntry;
import nl.clubhuis.doetank.Phase;

import java.time.Instant;

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
import nl.clubhuis.shared.Texts;

/**
 * One cost or benefit in a Doetank's business case, noted in the phase it became clear.
 */
@Entity
@Table(name = "business_case_line")
public class BusinessCaseLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long doetankId;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	@Enumerated(EnumType.STRING)
	private BusinessCaseEntry.Side side;

	@Enumerated(EnumType.STRING)
	private BusinessCaseEntry.Dimension dimension;

	private String description;

	private String amount;

	private Long addedById;

	private Instant addedAt;

	protected BusinessCaseLine() {
	}

	public BusinessCaseLine(DoetankRef doetank, BusinessCaseEntry entry, Long addedById, Instant addedAt) {
		this.doetankId = doetank.id();
		this.phase = doetank.phase();
		this.side = entry.side();
		this.dimension = entry.dimension();
		this.description = entry.description().strip();
		this.amount = Texts.stripToNull(entry.amount());
		this.addedById = addedById;
		this.addedAt = addedAt;
	}

	public boolean belongsTo(DoetankRef doetank) {
		return this.doetankId.equals(doetank.id());
	}

	public Long getId() {
		return this.id;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public BusinessCaseEntry.Side getSide() {
		return this.side;
	}

	public BusinessCaseEntry.Dimension getDimension() {
		return this.dimension;
	}

	public String getDescription() {
		return this.description;
	}

	public String getAmount() {
		return this.amount;
	}

}
