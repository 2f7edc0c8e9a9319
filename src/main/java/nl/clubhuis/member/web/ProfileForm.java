package nl.clubhuis.member.web;

import nl.clubhuis.member.ProfileVisibility;
import nl.clubhuis.member.Profiles.Draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The member's own profile on /mijn/profiel. */
public class ProfileForm {

	@Size(max = 120)
	private String organisation;

	@Size(max = 120)
	private String jobTitle;

	@Size(max = 4000)
	private String bio;

	private List<Long> expertise = new ArrayList<>();

	@NotNull
	private ProfileVisibility visibility;

	static ProfileForm of(Draft draft) {
		ProfileForm form = new ProfileForm();
		form.organisation = draft.organisation();
		form.jobTitle = draft.jobTitle();
		form.bio = draft.bio();
		form.expertise = new ArrayList<>(draft.expertise());
		form.visibility = draft.visibility();
		return form;
	}

	Draft draft() {
		return new Draft(this.organisation, this.jobTitle, this.bio,
				new LinkedHashSet<>((this.expertise != null) ? this.expertise : List.of()), this.visibility);
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public String getBio() {
		return this.bio;
	}

	public void setBio(String bio) {
		this.bio = bio;
	}

	public List<Long> getExpertise() {
		return this.expertise;
	}

	public void setExpertise(List<Long> expertise) {
		this.expertise = expertise;
	}

	public ProfileVisibility getVisibility() {
		return this.visibility;
	}

	public void setVisibility(ProfileVisibility visibility) {
		this.visibility = visibility;
	}

}
