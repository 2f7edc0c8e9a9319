package nl.clubhuis.toolkit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
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
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.toolkit.Printable;
import nl.clubhuis.toolkit.Question;
import nl.clubhuis.toolkit.WerkvormCard;
import nl.clubhuis.toolkit.WerkvormContent;

/**
 * A working method from the toolkit: what it is, when it helps, how it goes, and the
 * phases and questions it fits. The texts are Markdown, except the short facts.
 */
@Entity
@Table(name = "werkvorm")
public class Werkvorm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String summary;

	private String whenToUse;

	private String steps;

	private String materials;

	private String duration;

	private String groupSize;

	private String origin;

	@Enumerated(EnumType.STRING)
	private Printable printable;

	@ElementCollection
	@CollectionTable(name = "werkvorm_phase", joinColumns = @JoinColumn(name = "werkvorm_id"))
	@Column(name = "phase")
	@Enumerated(EnumType.STRING)
	private Set<Phase> phases = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "werkvorm_question", joinColumns = @JoinColumn(name = "werkvorm_id"))
	@Column(name = "question")
	@Enumerated(EnumType.STRING)
	private Set<Question> questions = new HashSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	private Instant retiredAt;

	private String retiredNote;

	@Version
	private long version;

	protected Werkvorm() {
	}

	Werkvorm(String slug, WerkvormContent content, Instant now) {
		this.slug = slug;
		this.createdAt = now;
		change(content, now);
	}

	void change(WerkvormContent content, Instant now) {
		this.name = content.name();
		this.summary = content.summary();
		this.whenToUse = content.whenToUse();
		this.steps = content.steps();
		this.materials = content.materials();
		this.duration = content.duration();
		this.groupSize = content.groupSize();
		this.origin = content.origin();
		this.printable = content.printable();
		this.phases.clear();
		this.phases.addAll(content.phases());
		this.questions.clear();
		this.questions.addAll(content.questions());
		this.updatedAt = now;
	}

	/**
	 * No longer recommended: out of the lists and suggestions, its page kept with the
	 * word why (may be null). Retiring again changes the word, not the moment.
	 */
	void retire(String note, Instant now) {
		if (this.retiredAt == null) {
			this.retiredAt = now;
		}
		this.retiredNote = note;
		this.updatedAt = now;
	}

	void recommendAgain(Instant now) {
		this.retiredAt = null;
		this.retiredNote = null;
		this.updatedAt = now;
	}

	public boolean isRetired() {
		return this.retiredAt != null;
	}

	public String getRetiredNote() {
		return this.retiredNote;
	}

	/**
	 * Made after {@code since} with exactly these texts and tags: the same form sent
	 * again.
	 */
	boolean isJustMadeFrom(WerkvormContent content, Instant since) {
		return this.createdAt.isAfter(since) && this.createdAt.equals(this.updatedAt)
				&& content.equals(new WerkvormContent(this.name, this.summary, this.whenToUse, this.steps,
						this.materials, this.duration, this.groupSize, this.origin, this.printable,
						Set.copyOf(this.phases), Set.copyOf(this.questions)));
	}

	/**
	 * Loads the phases and questions while the session is open; with batch fetching this
	 * is one query per kind for a whole page of werkvormen.
	 */
	Werkvorm withTags() {
		this.phases.size();
		this.questions.size();
		return this;
	}

	/** As a list shows it; the tags must be loaded ({@link #withTags()}). */
	public WerkvormCard card() {
		return new WerkvormCard(this.slug, this.name, this.summary, getPhases(), isRetired(), this.retiredNote);
	}

	public boolean fits(Phase phase) {
		return this.phases.contains(phase);
	}

	public boolean fitsEveryPhase() {
		return this.phases.size() == Phase.count();
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getPath() {
		return "/toolkit/" + this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getWhenToUse() {
		return this.whenToUse;
	}

	public String getSteps() {
		return this.steps;
	}

	public String getMaterials() {
		return this.materials;
	}

	public String getDuration() {
		return this.duration;
	}

	public String getGroupSize() {
		return this.groupSize;
	}

	public String getOrigin() {
		return this.origin;
	}

	public Printable getPrintable() {
		return this.printable;
	}

	/** In route order. */
	public List<Phase> getPhases() {
		return sorted(this.phases, Phase.class);
	}

	/** In the order the inspiratiewijzer asks them. */
	public List<Question> getQuestions() {
		return sorted(this.questions, Question.class);
	}

	public long getVersion() {
		return this.version;
	}

	private static <E extends Enum<E>> List<E> sorted(Collection<E> values, Class<E> type) {
		return values.isEmpty() ? List.of() : new ArrayList<>(EnumSet.copyOf(values));
	}

}
