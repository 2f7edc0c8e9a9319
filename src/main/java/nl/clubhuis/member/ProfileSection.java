package nl.clubhuis.member;

import org.springframework.ui.Model;

/**
 * A part of a member's profile page (/leden/{slug}) that another module keeps: the public
 * Doetanks they are in, their posts, the werkvormen they recorded. It adds what it shows
 * to the page's model, in a fixed number of statements. Only called once the viewer may
 * see the profile.
 */
public interface ProfileSection {

	void addTo(Model model, MemberRef member, Viewer viewer);

}
