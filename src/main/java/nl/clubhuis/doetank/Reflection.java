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

/**
 * A coach's beschouwing on a phase of a Doetank; it appears in the Doetank's timeline.
 */
@Entity
@Table(name = "reflection")
public class Reflection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "doetank_id")
	private Doetank doetank;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "author_id")
	private Member author;

	private Instant writtenAt;

	private String text;

	protected Reflection() {
	}

	Reflection(Doetank doetank, Member author, String text, Instant writtenAt) {
		this.doetank = doetank;
		this.phase = doetank.getPhase();
		this.author = author;
		this.text = text.strip();
		this.writtenAt = writtenAt;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public Member getAuthor() {
		return this.author;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

	public String getText() {
		return this.text;
	}

}
