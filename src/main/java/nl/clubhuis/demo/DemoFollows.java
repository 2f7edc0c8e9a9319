package nl.clubhuis.demo;

import java.util.List;
import java.util.Map;

import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.follow.Follows;
import nl.clubhuis.member.MemberPrincipal;

/**
 * What the demo accounts follow, before the live examples happen, so those reach them as
 * notifications: lid@ follows two Doetanks and the trekker, coach@ a Doetank and lid@.
 * Following again changes nothing, so loading twice is harmless.
 */
class DemoFollows {

	private final Follows follows;

	private final Doetanks doetanks;

	DemoFollows(Follows follows, Doetanks doetanks) {
		this.follows = follows;
		this.doetanks = doetanks;
	}

	void load(Map<String, MemberPrincipal> people, List<String> slugs) {
		long lid = people.get(DemoPeople.LID.email()).id();
		long coach = people.get(DemoPeople.COACH.email()).id();
		long trekker = people.get(DemoPeople.TREKKER.email()).id();
		follow(lid, slugs.subList(0, Math.min(2, slugs.size())));
		this.follows.followAutomatically(lid, FollowTarget.member(trekker));
		follow(coach, slugs.subList(Math.min(2, slugs.size()), Math.min(3, slugs.size())));
		this.follows.followAutomatically(coach, FollowTarget.member(lid));
	}

	private void follow(long member, List<String> slugs) {
		slugs.forEach((slug) -> this.doetanks.findBySlug(slug)
			.ifPresent((doetank) -> this.follows.followAutomatically(member, FollowTarget.doetank(doetank.id()))));
	}

}
