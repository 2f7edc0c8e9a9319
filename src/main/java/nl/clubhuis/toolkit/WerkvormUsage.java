package nl.clubhuis.toolkit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.clubhuis.doetank.Doetank;
import nl.clubhuis.doetank.Phase;

/**
 * A Doetank's team used a werkvorm in one of its phases, and says what it did with it.
 */
@Entity
@Table(name = "werkvorm_usage")
public class WerkvormUsage {

	static final int NOTE_LENGTH = 600;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Doetank doetank;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Werkvorm werkvorm;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	private String note;

	@Column(name = "recorded_by")
	private Long recordedBy;

	private Instant recordedAt;

	protected WerkvormUsage() {
	}

	WerkvormUsage(Doetank doetank, Werkvorm werkvorm, Phase phase, String note, Long recordedBy, Instant now) {
		this.doetank = doetank;
		this.werkvorm = werkvorm;
		this.phase = phase;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	void changeNote(String note, Long recordedBy, Instant now) {
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Doetank getDoetank() {
		return this.doetank;
	}

	public Werkvorm getWerkvorm() {
		return this.werkvorm;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
