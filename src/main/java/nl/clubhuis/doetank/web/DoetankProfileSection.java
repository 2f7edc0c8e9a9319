package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.ProfileSection;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * On a member's profile: the public Doetanks they are in now, with their roles
 * ({@code profileDoetanks}).
 */
@Component
class DoetankProfileSection implements ProfileSection {

	private final Doetanks doetanks;

	DoetankProfileSection(Doetanks doetanks) {
		this.doetanks = doetanks;
	}

	@Override
	public void addTo(Model model, MemberRef member, Viewer viewer) {
		model.addAttribute("profileDoetanks", this.doetanks.publicPlacesOf(member.id()));
	}

}
