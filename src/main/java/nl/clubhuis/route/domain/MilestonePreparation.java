package nl.clubhuis.route.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.documents.DocumentLink;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.publishing.PostRef;
import nl.clubhuis.route.MilestoneEntry;

/**
 * What the milestone form needs: the Doetank, the days a milestone may have (from the
 * start of the route to today) and the published posts and public documents it may point
 * at.
 */
public record MilestonePreparation(DoetankRef doetank, TeamRoles team, LocalDate routeStart, LocalDate today,
		List<PostRef> posts, List<DocumentLink> documents) {

	public Map<String, String> problemsWith(MilestoneEntry entry) {
		return MilestoneRules.problemsWith(entry, this.routeStart, this.today,
				this.posts.stream().map(PostRef::id).collect(Collectors.toSet()),
				this.documents.stream().map(DocumentLink::id).collect(Collectors.toSet()));
	}

}
