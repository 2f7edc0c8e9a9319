package nl.clubhuis.toolkit.web;

import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.ProfileSection;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.toolkit.domain.WerkvormCatalog;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** On a member's profile: the werkvormen they recorded for public Doetanks. */
@Component
class ToolkitProfileSection implements ProfileSection {

	static final int USAGES = 10;

	private final WerkvormCatalog catalog;

	ToolkitProfileSection(WerkvormCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public void addTo(Model model, MemberRef member, Viewer viewer) {
		model.addAttribute("profileWerkvormen", this.catalog.recordedBy(member.id(), USAGES));
	}

}
