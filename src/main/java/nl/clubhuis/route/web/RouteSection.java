package nl.clubhuis.route.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.clubhuis.doetank.DoetankPageSection;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.BusinessCaseEntry;
import nl.clubhuis.route.DoorService;
import nl.clubhuis.route.RouteRecords;
import nl.clubhuis.route.domain.DoorRules;
import nl.clubhuis.route.domain.DoorView;
import nl.clubhuis.route.EindgebruikerConsents;
import nl.clubhuis.route.OpdrachtgeverPermissions;
import nl.clubhuis.route.Testimonials;
import nl.clubhuis.route.domain.EindgebruikerConsent;
import nl.clubhuis.route.domain.MilestoneRules;
import nl.clubhuis.route.domain.OpdrachtgeverRules;
import nl.clubhuis.route.domain.RouteAccess;
import nl.clubhuis.route.domain.Testimonial;
import nl.clubhuis.route.domain.Timeline;
import nl.clubhuis.route.domain.Timelines;
import nl.clubhuis.shared.SharedContent;
import nl.clubhuis.shared.SharedMarkup;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The route's part of the Doetank page: the timeline of gatekeepers-overleggen and
 * milestones, the adoption agreement, the business case, for the team its requests to
 * open doors, what the opdrachtgever says and the eindgebruikers' consents (who consented
 * for the team, how many for others), and what the viewer may do with them. Names are
 * looked up once for all of it.
 */
@Component
class RouteSection implements DoetankPageSection {

	private final Timelines timelines;

	private final RouteRecords records;

	private final MemberDirectory members;

	private final DoorService doors;

	private final Testimonials testimonials;

	private final EindgebruikerConsents consents;

	private final SharedContent shared;

	private final SharedMarkup markup;

	RouteSection(Timelines timelines, RouteRecords records, MemberDirectory members, DoorService doors,
			Testimonials testimonials, EindgebruikerConsents consents, SharedContent shared, SharedMarkup markup) {
		this.shared = shared;
		this.markup = markup;
		this.doors = doors;
		this.testimonials = testimonials;
		this.consents = consents;
		this.timelines = timelines;
		this.records = records;
		this.members = members;
	}

	@Override
	public void addTo(Model model, DoetankRef doetank, TeamRoles team, Viewer viewer) {
		// As the content is now: the timeline drawn below from what is read meanwhile is
		// not kept if a change comes in between.
		SharedContent shared = this.shared.asOfNow();
		SharedMarkup markup = this.markup.asOfNow();
		List<DoorView> doors = this.doors.of(doetank, team, viewer);
		// The same for every viewer (what a viewer may see of it is decided when drawn).
		Timeline timeline = shared.get("timeline:" + doetank.id(), () -> this.timelines.of(doetank)).withDoors(doors);
		model.addAttribute("timeline", timeline);
		OpdrachtgeverPermissions voiceCan = OpdrachtgeverRules.permissions(doetank, team, viewer);
		List<Testimonial> testimonials = this.testimonials.of(doetank.id());
		List<EindgebruikerConsent> consents = voiceCan.seeConsents() ? this.consents.of(doetank.id()) : List.of();
		Set<Long> people = peopleIn(timeline);
		people.addAll(DoorService.peopleIn(doors));
		testimonials.forEach((testimonial) -> people.add(testimonial.getAuthorId()));
		consents.stream()
			.filter((consent) -> consent.getMemberId() != null)
			.forEach((consent) -> people.add(consent.getMemberId()));
		Map<Long, MemberRef> names = this.members.byIds(people);
		model.addAttribute("routeNames", names);
		model.addAttribute("doors", doors);
		boolean followsDoors = DoorRules.mayFollow(team, viewer);
		model.addAttribute("canFollowDoors", followsDoors);
		model.addAttribute("canAskDoor", DoorRules.mayAsk(doetank, team, viewer));
		model.addAttribute("voiceCan", voiceCan);
		model.addAttribute("testimonials", testimonials);
		model.addAttribute("ownTestimonial", viewer.memberId()
			.filter((id) -> testimonials.stream().anyMatch((testimonial) -> testimonial.getAuthorId().equals(id)))
			.isPresent());
		model.addAttribute("consents", consents);
		model.addAttribute("consentCount",
				voiceCan.seeConsents() ? consents.size() : this.consents.countOf(doetank.id()));
		model.addAttribute("routeCan", RouteAccess.permissions(doetank, team, viewer));
		boolean seesCoachesReflection = RouteAccess.seesCoachesReflection(viewer);
		boolean keepsMilestones = MilestoneRules.mayKeep(doetank, team, viewer);
		model.addAttribute("seeCoachesReflection", seesCoachesReflection);
		model.addAttribute("canKeepMilestones", keepsMilestones);
		if (!timeline.isEmpty()) {
			// Drawn once for all who may do and see the same in it (the doors are the
			// team's or nobody's); its durations run up to the page's moment.
			String key = "timeline:" + doetank.id() + ":" + keepsMilestones + ":" + seesCoachesReflection + ":"
					+ followsDoors;
			Object now = Objects.requireNonNull(model.getAttribute("now"), "the page's moment");
			model.addAttribute("timelineMarkup",
					markup.render(key, "route/timeline-fragments :: stages",
							() -> Map.of("timeline", timeline, "slug", doetank.slug(), "routeNames", names, "now", now,
									"keepMilestones", keepsMilestones, "seeCoachesReflection", seesCoachesReflection)));
		}
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
