package nl.clubhuis.toolkit.domain;

import java.time.Instant;
import java.util.List;

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
import nl.clubhuis.doetank.Phase;

/**
 * A Doetank's team used a werkvorm in one of its phases, and says what it did with it.
 */
@Entity
@Table(name = "werkvorm_usage")
public class WerkvormUsage {

	public static final int NOTE_LENGTH = 600;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "doetank_id")
	private Long doetankId;

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

	WerkvormUsage(Long doetankId, Werkvorm werkvorm, Phase phase, String note, Long recordedBy, Instant now) {
		this.doetankId = doetankId;
		this.werkvorm = werkvorm;
		this.phase = phase;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	/**
	 * The phases a Doetank in {@code reached} may record a werkvorm for: that one and the
	 * ones before it; none before it has a phase.
	 */
	public static List<Phase> recordablePhases(Phase reached) {
		return (reached != null) ? reached.andBefore() : List.of();
	}

	static boolean mayBeRecordedFor(Phase reached, Phase phase) {
		return phase != null && recordablePhases(reached).contains(phase);
	}

	void changeNote(String note, Long recordedBy, Instant now) {
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getDoetankId() {
		return this.doetankId;
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
