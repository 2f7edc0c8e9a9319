package nl.clubhuis.doetank;

import nl.clubhuis.member.MemberPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts what /doetanks/{slug} shows into the model, also when a form on it is shown again
 * with errors.
 */
@Component
class DoetankPageModel {

	private final DoetankAccess access;

	private final DoetankCatalog catalog;

	private final java.time.Clock clock;

	private final RouteRecords records;

	private final DoetankStories stories;

	private final DoetankAgenda agenda;

	private final DoetankToolkit toolkit;

	DoetankPageModel(DoetankAccess access, DoetankCatalog catalog, java.time.Clock clock, RouteRecords records,
			DoetankStories stories, DoetankAgenda agenda, DoetankToolkit toolkit) {
		this.toolkit = toolkit;
		this.stories = stories;
		this.agenda = agenda;
		this.access = access;
		this.catalog = catalog;
		this.clock = clock;
		this.records = records;
	}

	String render(Model model, Doetank doetank, MemberPrincipal viewer) {
		model.addAttribute("doetank", doetank);
		model.addAttribute("team", doetank.team());
		model.addAttribute("timeline", this.catalog.timeline(doetank));
		model.addAttribute("now", this.clock.instant());
		boolean active = doetank.getStatus() == DoetankStatus.ACTIEF;
		model.addAttribute("canRecordGateReview", active && this.access.canRecordGateReview(doetank, viewer));
		model.addAttribute("canRequestGateReview", this.access.canRequestGateReview(doetank, viewer));
		model.addAttribute("canAskToJoin", this.access.canAskToJoin(doetank, viewer));
		model.addAttribute("canLeave", this.access.canLeave(doetank, viewer));
		model.addAttribute("canAppointTrekker", this.access.canAppointTrekker(doetank, viewer));
		model.addAttribute("canTakeIn", this.access.canTakeIn(doetank, viewer));
		boolean canDecide = this.access.canDecideRequests(doetank, viewer);
		model.addAttribute("canDecideRequests", canDecide);
		model.addAttribute("pendingRequests", canDecide ? doetank.pendingRequests() : java.util.List.of());
		model.addAttribute("ownRequest", (viewer != null) ? doetank.latestRequestOf(viewer.id()).orElse(null) : null);
		model.addAttribute("isTrekker", viewer != null && doetank.isTrekker(viewer.id()));
		if (!model.containsAttribute("joinForm")) {
			model.addAttribute("joinForm", new JoinRequestForm());
		}
		model.addAttribute("agreement", this.records.agreement(doetank).orElse(null));
		model.addAttribute("businessCase", this.records.businessCase(doetank));
		boolean keepsRecords = active && this.access.canKeepRouteRecords(doetank, viewer);
		model.addAttribute("canKeepRecords", keepsRecords);
		model.addAttribute("canRecordAgreement",
				keepsRecords && doetank.getPhase() != null && !doetank.getPhase().isBefore(Phase.ADOPTEREN));
		if (!model.containsAttribute("businessCaseForm")) {
			model.addAttribute("businessCaseForm", new BusinessCaseForm());
		}
		model.addAttribute("businessCaseSides", BusinessCaseLine.Side.values());
		model.addAttribute("businessCaseDimensions", BusinessCaseLine.Dimension.values());
		model.addAttribute("stories", this.stories.latestPosts(doetank.ref(), 3));
		model.addAttribute("meetings", this.agenda.upcoming(doetank.ref(), 5));
		model.addAttribute("canPlanMeeting", this.access.canPlanMeeting(doetank, viewer));
		model.addAttribute("werkvormen", this.toolkit.usedBy(doetank.ref()));
		model.addAttribute("canRecordWerkvormen", this.access.canRecordWerkvormen(doetank, viewer));
		model.addAttribute("canWriteBlog", this.access.canWriteOnBlog(doetank, viewer));
		model.addAttribute("canWriteBeschouwing", this.access.canWriteBeschouwing(doetank, viewer));
		model.addAttribute("canMarkDiffusietank", doetank.getPhase() == Phase.VERBREDEN
				&& doetank.getStatus() != DoetankStatus.GESTOPT && this.access.canRecordGateReview(doetank, viewer));
		if (!model.containsAttribute("declineForm")) {
			model.addAttribute("declineForm", new DeclineForm());
		}
		return "doetank/detail";
	}

}
