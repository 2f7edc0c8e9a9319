package nl.clubhuis.toolkit.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.shared.Texts;
import nl.clubhuis.toolkit.Printable;
import nl.clubhuis.toolkit.Question;
import nl.clubhuis.toolkit.WerkvormContent;
import nl.clubhuis.toolkit.domain.Werkvorm;

/** The werkvorm form, as typed; kept whole when it comes back with errors. */
public class WerkvormForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotBlank
	@Size(max = 300)
	private String summary;

	@NotBlank
	@Size(max = 20000)
	private String whenToUse;

	@NotBlank
	@Size(max = 20000)
	private String steps;

	@Size(max = 5000)
	private String materials;

	@Size(max = 100)
	private String duration;

	@Size(max = 100)
	private String groupSize;

	@Size(max = 200)
	private String origin;

	private Printable printable;

	private Set<Phase> phases = new LinkedHashSet<>();

	private Set<Question> questions = new LinkedHashSet<>();

	private Long version;

	static WerkvormForm of(Werkvorm werkvorm) {
		WerkvormForm form = new WerkvormForm();
		form.name = werkvorm.getName();
		form.summary = werkvorm.getSummary();
		form.whenToUse = werkvorm.getWhenToUse();
		form.steps = werkvorm.getSteps();
		form.materials = werkvorm.getMaterials();
		form.duration = werkvorm.getDuration();
		form.groupSize = werkvorm.getGroupSize();
		form.origin = werkvorm.getOrigin();
		form.printable = werkvorm.getPrintable();
		form.phases.addAll(werkvorm.getPhases());
		form.questions.addAll(werkvorm.getQuestions());
		form.version = werkvorm.getVersion();
		return form;
	}

	WerkvormContent toContent() {
		return new WerkvormContent(this.name.strip(), this.summary.strip().replaceAll("\\s+", " "),
				this.whenToUse.strip(), this.steps.strip(), Texts.stripToNull(this.materials),
				Texts.stripToNull(this.duration), Texts.stripToNull(this.groupSize), Texts.stripToNull(this.origin),
				this.printable, this.phases.isEmpty() ? Set.of() : EnumSet.copyOf(this.phases),
				this.questions.isEmpty() ? Set.of() : EnumSet.copyOf(this.questions));
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getWhenToUse() {
		return this.whenToUse;
	}

	public void setWhenToUse(String whenToUse) {
		this.whenToUse = whenToUse;
	}

	public String getSteps() {
		return this.steps;
	}

	public void setSteps(String steps) {
		this.steps = steps;
	}

	public String getMaterials() {
		return this.materials;
	}

	public void setMaterials(String materials) {
		this.materials = materials;
	}

	public String getDuration() {
		return this.duration;
	}

	public void setDuration(String duration) {
		this.duration = duration;
	}

	public String getGroupSize() {
		return this.groupSize;
	}

	public void setGroupSize(String groupSize) {
		this.groupSize = groupSize;
	}

	public String getOrigin() {
		return this.origin;
	}

	public void setOrigin(String origin) {
		this.origin = origin;
	}

	public Printable getPrintable() {
		return this.printable;
	}

	public void setPrintable(Printable printable) {
		this.printable = printable;
	}

	public Set<Phase> getPhases() {
		return this.phases;
	}

	public void setPhases(Set<Phase> phases) {
		this.phases = (phases != null) ? phases : new LinkedHashSet<>();
	}

	public Set<Question> getQuestions() {
		return this.questions;
	}

	public void setQuestions(Set<Question> questions) {
		this.questions = (questions != null) ? questions : new LinkedHashSet<>();
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
