package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.DoetankDetails;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.Theme;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The fields of /doetanks/nieuw: a member brings in a vraagstuk. */
public class ProposalForm extends ProposalAnswersFields {

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

	@NotBlank
	@Size(max = 120)
	private String organisation;

	private Set<LookingFor> lookingFor = EnumSet.of(LookingFor.LEDEN);

	@Size(max = 500)
	private String lookingForNote;

	DoetankDetails toDetails() {
		return new DoetankDetails(this.title, this.vraagstuk, this.ambition, this.theme, List.of(this.organisation),
				this.lookingFor, this.lookingForNote);
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

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public Set<LookingFor> getLookingFor() {
		return this.lookingFor;
	}

	public void setLookingFor(Set<LookingFor> lookingFor) {
		this.lookingFor = (lookingFor == null) ? EnumSet.noneOf(LookingFor.class) : lookingFor;
	}

	public String getLookingForNote() {
		return this.lookingForNote;
	}

	public void setLookingForNote(String lookingForNote) {
		this.lookingForNote = lookingForNote;
	}

}
