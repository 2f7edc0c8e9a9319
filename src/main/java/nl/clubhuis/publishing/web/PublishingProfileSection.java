package nl.clubhuis.publishing.web;

import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.ProfileSection;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.publishing.PostCatalog;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** On a member's profile: the latest posts they wrote that anyone may read. */
@Component
class PublishingProfileSection implements ProfileSection {

	static final int POSTS = 10;

	private final PostCatalog posts;

	PublishingProfileSection(PostCatalog posts) {
		this.posts = posts;
	}

	@Override
	public void addTo(Model model, MemberRef member, Viewer viewer) {
		model.addAttribute("profilePosts", this.posts.latestBy(member.id(), POSTS));
	}

}
