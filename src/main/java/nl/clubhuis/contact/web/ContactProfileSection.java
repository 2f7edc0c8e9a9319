package nl.clubhuis.contact.web;

import nl.clubhuis.contact.ContactLinks;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.ProfileSection;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** "Stuur een bericht" on a member's profile, where this viewer may write to them. */
@Component
class ContactProfileSection implements ProfileSection {

	private final ContactLinks links;

	ContactProfileSection(ContactLinks links) {
		this.links = links;
	}

	@Override
	public void addTo(Model model, MemberRef member, Viewer viewer) {
		model.addAttribute("messagePath", this.links.messagePath(member, viewer));
	}

}
