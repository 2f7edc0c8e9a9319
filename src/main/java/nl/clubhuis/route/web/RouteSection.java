package nl.clubhuis.route.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.clubhuis.doetank.DoetankPageSection;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.BusinessCaseEntry;
import nl.clubhuis.route.DoorService;
import nl.clubhuis.route.RouteRecords;
import nl.clubhuis.route.domain.DoorRules;
import nl.clubhuis.route.domain.DoorView;
import nl.clubhuis.route.domain.MilestoneRules;
import nl.clubhuis.route.domain.RouteAccess;
import nl.clubhuis.route.domain.Timeline;
import nl.clubhuis.route.domain.Timelines;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The route's part of the Doetank page: the timeline of gatekeepers-overleggen and
 * milestones, the adoption agreement, the business case, for the team its requests to
 * open doors, and what the viewer may do with them.
 */
@Component
class RouteSection implements DoetankPageSection {

	private final Timelines timelines;

	private final RouteRecords records;

	private final MemberDirectory members;

	private final DoorService doors;

	RouteSection(Timelines timelines, RouteRecords records, MemberDirectory members, DoorService doors) {
		this.doors = doors;
		this.timelines = timelines;
		this.records = records;
		this.members = members;
	}

	@Override
	public void addTo(Model model, DoetankRef doetank, TeamRoles team, Viewer viewer) {
		List<DoorView> doors = this.doors.of(doetank, team, viewer);
		Timeline timeline = this.timelines.of(doetank).withDoors(doors);
		model.addAttribute("timeline", timeline);
		Set<Long> people = peopleIn(timeline);
		people.addAll(DoorService.peopleIn(doors));
		model.addAttribute("routeNames", this.members.byIds(people));
		model.addAttribute("doors", doors);
		model.addAttribute("canFollowDoors", DoorRules.mayFollow(team, viewer));
		model.addAttribute("canAskDoor", DoorRules.mayAsk(doetank, team, viewer));
		model.addAttribute("routeCan", RouteAccess.permissions(doetank, team, viewer));
		model.addAttribute("canKeepMilestones", MilestoneRules.mayKeep(doetank, team, viewer));
		model.addAttribute("agreement", this.records.agreement(doetank.id()).orElse(null));
		model.addAttribute("businessCase", this.records.businessCase(doetank.id()));
		if (!model.containsAttribute("businessCaseForm")) {
			model.addAttribute("businessCaseForm", new BusinessCaseForm());
		}
		model.addAttribute("businessCaseSides", BusinessCaseEntry.Side.values());
		model.addAttribute("businessCaseDimensions", BusinessCaseEntry.Dimension.values());
	}

	private static Set<Long> peopleIn(Timeline timeline) {
		Set<Long> ids = new HashSet<>();
		timeline.openRequests().forEach((request) -> ids.add(request.requestedById()));
		timeline.stages().forEach((stage) -> {
			stage.reviews().forEach((entry) -> ids.addAll(entry.review().getCoachesPresent()));
			if (stage.isPlainTransition() && stage.entry().getByMemberId() != null) {
				ids.add(stage.entry().getByMemberId());
			}
		});
		return ids;
	}

}
