package nl.clubhuis.route.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.clubhuis.route.EvaluationOutcome;
import nl.clubhuis.route.TestimonialEntry;
import nl.clubhuis.shared.Markdown;

/**
 * An opdrachtgever's testimonial and evaluation of one Doetank's result: one per
 * opdrachtgever per Doetank, kept up to date by its writer (with a version, so two tabs
 * never silently overwrite each other).
 */
@Entity
@Table(name = "opdrachtgever_testimonial")
public class Testimonial {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long doetankId;

	private Long authorId;

	private String quote;

	@Enumerated(EnumType.STRING)
	private EvaluationOutcome outcome;

	private String evaluation;

	private Instant writtenAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Testimonial() {
	}

	public Testimonial(Long doetankId, Long authorId, Instant now) {
		this.doetankId = doetankId;
		this.authorId = authorId;
		this.writtenAt = now;
	}

	public void write(TestimonialEntry entry, Instant now) {
		this.quote = entry.quote();
		this.outcome = entry.outcome();
		this.evaluation = entry.evaluation();
		this.updatedAt = now;
	}

	/** Whether it says exactly this already (the same form sent twice). */
	public boolean says(TestimonialEntry entry) {
		return entry.equals(entry());
	}

	public TestimonialEntry entry() {
		return new TestimonialEntry(this.quote, this.outcome, this.evaluation);
	}

	public boolean isNew() {
		return this.id == null;
	}

	/** The testimonial as safe HTML. */
	public String quoteHtml() {
		return Markdown.toHtml(this.quote);
	}

	public Long getId() {
		return this.id;
	}

	public Long getDoetankId() {
		return this.doetankId;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public String getQuote() {
		return this.quote;
	}

	public EvaluationOutcome getOutcome() {
		return this.outcome;
	}

	public String getEvaluation() {
		return this.evaluation;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

	public long getVersion() {
		return this.version;
	}

}
