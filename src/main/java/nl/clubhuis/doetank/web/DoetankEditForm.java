package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.DoetankEdit;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.Theme;
import nl.clubhuis.doetank.TypologyCode;
import nl.clubhuis.doetank.Urgency;
import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.Typology;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The fields of /doetanks/{slug}/bewerken, with the version the person started from.
 * Organisations are typed one per line.
 */
public class DoetankEditForm extends ProposalAnswersFields {

	static final int ORGANISATION_LENGTH = 200;

	@NotBlank
	@Size(max = 120)
	private String title;

	@NotBlank
	@Size(max = 2000)
	private String vraagstuk;

	@Size(max = 2000)
	private String ambition;

	@NotNull
	private Theme theme;

	@Size(max = 2000)
	private String organisations;

	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	private Set<LookingFor> lookingFor = EnumSet.noneOf(LookingFor.class);

	private Set<Long> expertise = new HashSet<>();

	@Size(max = 500)
	private String lookingForNote;

	private Set<TypologyCode> typology = EnumSet.noneOf(TypologyCode.class);

	private Urgency urgency;

	private long version;

	/** The form as the Doetank stands now. */
	static DoetankEditForm of(Doetank doetank) {
		DoetankEditForm form = new DoetankEditForm();
		form.title = doetank.getTitle();
		form.vraagstuk = doetank.getVraagstuk();
		form.ambition = doetank.getAmbition();
		form.theme = doetank.getTheme();
		form.organisations = String.join("\n", doetank.getOrganisations());
		form.startDate = doetank.getStartDate();
		form.setLookingFor(doetank.getLookingFor());
		form.expertise = new HashSet<>(doetank.getExpertiseIds());
		form.lookingForNote = doetank.getLookingForNote();
		form.setTypology(Typology.parse(doetank.getTypology()));
		form.urgency = Urgency.of(doetank.getUrgency()).orElse(null);
		form.version = doetank.getVersion();
		form.fill(doetank.getAnswers());
		return form;
	}

	/** What Bean Validation cannot say: each organisation fits its column. */
	void validate(Errors errors) {
		if (organisationList().stream().anyMatch((name) -> name.length() > ORGANISATION_LENGTH)) {
			errors.rejectValue("organisations", "doetank.edit.organisationTooLong");
		}
	}

	List<String> organisationList() {
		return (this.organisations == null) ? List.of()
				: Arrays.stream(this.organisations.split("\\R"))
					.map(String::strip)
					.filter((s) -> !s.isEmpty())
					.toList();
	}

	DoetankEdit toEdit() {
		return new DoetankEdit(this.title, this.vraagstuk, this.ambition, this.theme, organisationList(),
				this.startDate, this.lookingFor, this.expertise, this.lookingForNote, this.typology, this.urgency,
				this.version);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getVraagstuk() {
		return this.vraagstuk;
	}

	public void setVraagstuk(String vraagstuk) {
		this.vraagstuk = vraagstuk;
	}

	public String getAmbition() {
		return this.ambition;
	}

	public void setAmbition(String ambition) {
		this.ambition = ambition;
	}

	public Theme getTheme() {
		return this.theme;
	}

	public void setTheme(Theme theme) {
		this.theme = theme;
	}

	public String getOrganisations() {
		return this.organisations;
	}

	public void setOrganisations(String organisations) {
		this.organisations = organisations;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public Set<LookingFor> getLookingFor() {
		return this.lookingFor;
	}

	public void setLookingFor(Set<LookingFor> lookingFor) {
		this.lookingFor = (lookingFor == null || lookingFor.isEmpty()) ? EnumSet.noneOf(LookingFor.class)
				: EnumSet.copyOf(lookingFor);
	}

	public Set<Long> getExpertise() {
		return this.expertise;
	}

	public void setExpertise(Set<Long> expertise) {
		this.expertise = (expertise == null) ? new HashSet<>() : expertise;
	}

	public String getLookingForNote() {
		return this.lookingForNote;
	}

	public void setLookingForNote(String lookingForNote) {
		this.lookingForNote = lookingForNote;
	}

	public Set<TypologyCode> getTypology() {
		return this.typology;
	}

	public void setTypology(Set<TypologyCode> typology) {
		this.typology = (typology == null || typology.isEmpty()) ? EnumSet.noneOf(TypologyCode.class)
				: EnumSet.copyOf(typology);
	}

	public Urgency getUrgency() {
		return this.urgency;
	}

	public void setUrgency(Urgency urgency) {
		this.urgency = urgency;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
