package nl.clubhuis.doetank;

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
import nl.clubhuis.member.Member;
import nl.clubhuis.shared.Texts;

/**
 * One cost or benefit in a Doetank's business case, noted in the phase it became clear.
 */
@Entity
@Table(name = "business_case_line")
public class BusinessCaseLine {

	public enum Side {

		KOSTEN, BATEN

	}

	public enum Dimension {

		GELD, TIJD, KWALITEIT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "doetank_id")
	private Doetank doetank;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	@Enumerated(EnumType.STRING)
	private Side side;

	@Enumerated(EnumType.STRING)
	private Dimension dimension;

	private String description;

	private String amount;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "added_by_id")
	private Member addedBy;

	private Instant addedAt;

	protected BusinessCaseLine() {
	}

	BusinessCaseLine(Doetank doetank, BusinessCaseForm form, Member addedBy, Instant addedAt) {
		this.doetank = doetank;
		this.phase = doetank.getPhase();
		this.side = form.getSide();
		this.dimension = form.getDimension();
		this.description = form.getDescription().strip();
		this.amount = Texts.stripToNull(form.getAmount());
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	boolean belongsTo(Doetank other) {
		return this.doetank.getId().equals(other.getId());
	}

	public Long getId() {
		return this.id;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public Side getSide() {
		return this.side;
	}

	public Dimension getDimension() {
		return this.dimension;
	}

	public String getDescription() {
		return this.description;
	}

	public String getAmount() {
		return this.amount;
	}

}
