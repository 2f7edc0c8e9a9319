package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankAccess;
import nl.clubhuis.doetank.DoetankAgenda;
import nl.clubhuis.doetank.domain.DoetankCatalog;
import nl.clubhuis.doetank.DoetankPage;
import nl.clubhuis.doetank.DoetankPageSection;
import nl.clubhuis.doetank.domain.DoetankPermissions;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStories;
import nl.clubhuis.doetank.DoetankToolkit;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.TeamGuests;
import nl.clubhuis.doetank.TeamRoles;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.shared.AmsterdamTime;
import nl.clubhuis.shared.SharedContent;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * Puts what /doetanks/{slug} shows into the model, also when a form on it is shown again
 * with errors. Other modules add their parts through {@link DoetankPageSection}.
 */
@Component
class DoetankPageModel implements DoetankPage {

	/** How many of the latest changes the page shows; the rest is on its history page. */
	static final int LATEST_REVISIONS = 3;

	private final DoetankAccess access;

	private final DoetankCatalog catalog;

	private final java.time.Clock clock;

	private final DoetankStories stories;

	private final DoetankAgenda agenda;

	private final DoetankToolkit toolkit;

	private final List<DoetankPageSection> sections;

	private final MemberDirectory members;

	private final TeamGuests guests;

	private final RevisionViews revisions;

	private final nl.clubhuis.expertise.ExpertiseVocabulary vocabulary;

	private final SharedContent shared;

	DoetankPageModel(DoetankAccess access, DoetankCatalog catalog, java.time.Clock clock, DoetankStories stories,
			DoetankAgenda agenda, DoetankToolkit toolkit, List<DoetankPageSection> sections, MemberDirectory members,
			TeamGuests guests, RevisionViews revisions, nl.clubhuis.expertise.ExpertiseVocabulary vocabulary,
			SharedContent shared) {
		this.shared = shared;
		this.members = members;
		this.guests = guests;
		this.revisions = revisions;
		this.vocabulary = vocabulary;
		this.access = access;
		this.catalog = catalog;
		this.clock = clock;
		this.stories = stories;
		this.agenda = agenda;
		this.toolkit = toolkit;
		this.sections = sections;
	}

	/**
	 * One read-only transaction for everything the page reads (a dozen modules' parts),
	 * instead of one for each: a connection, a persistence context and a commit once.
	 */
	@Override
	@Transactional(readOnly = true)
	public String render(Model model, String slug, Viewer viewer) {
		return render(model, this.catalog.show(slug, viewer), viewer);
	}

	private String render(Model model, Doetank doetank, Viewer viewer) {
		DoetankRef ref = doetank.ref();
		model.addAttribute("doetank", doetank);
		Map<Long, MemberRef> names = this.members.byIds(doetank.memberIds());
		model.addAttribute("names", names);
		Map<MembershipRole, List<nl.clubhuis.doetank.domain.Membership>> byRole = doetank.team(Comparator
			.comparing((Long id) -> names.containsKey(id) ? names.get(id).name() : "", String.CASE_INSENSITIVE_ORDER));
		model.addAttribute("team", byRole);
		model.addAttribute("teamRings", TeamRings.of(byRole));
		// A Doetank whose record ends in the past: its durations run up to that day.
		model.addAttribute("now",
				doetank.isHistorical()
						? doetank.getRecordEndsOn().plusDays(1).atStartOfDay(AmsterdamTime.ZONE).toInstant()
						: this.clock.instant());
		DoetankPermissions can = this.access.permissions(doetank, viewer);
		model.addAttribute("can", can);
		model.addAttribute("pendingRequests",
				can.decideRequests() ? doetank.pendingRequests().stream().map(PendingRequest::of).toList() : List.of());
		model.addAttribute("ownRequest", viewer.memberId().flatMap(doetank::latestRequestOf).orElse(null));
		model.addAttribute("isTrekker", viewer.memberId().filter(doetank::isTrekker).isPresent());
		model.addAttribute("teamCan", this.access.teamPermissions(doetank, viewer));
		model.addAttribute("ownInvitation",
				viewer.memberId().flatMap((id) -> doetank.roster().openInvitationOf(id)).orElse(null));
		model.addAttribute("guests", this.guests.of(doetank.getId()));
		model.addAttribute("requestableRoles", MembershipRole.openToOutsiders());
		if (!model.containsAttribute("joinForm")) {
			model.addAttribute("joinForm", new JoinRequestForm());
		}
		model.addAttribute("stories",
				this.shared.get("doetank.stories:" + ref.id(), () -> this.stories.latestPosts(ref, 3)));
		model.addAttribute("meetings", this.agenda.upcoming(ref, 5));
		model.addAttribute("werkvormen", this.toolkit.usedBy(ref));
		model.addAttribute("lookingForExpertise", this.vocabulary.sorted(doetank.getExpertiseIds()));
		model.addAttribute("latestRevisions", this.revisions.latest(doetank.getId(), LATEST_REVISIONS));
		TeamRoles team = doetank.roles();
		this.sections.forEach((section) -> section.addTo(model, ref, team, viewer));
		return "doetank/detail";
	}

}
