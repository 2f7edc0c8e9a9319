package nl.clubhuis.doetank;

import java.util.List;

import nl.clubhuis.member.MemberPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts what /doetanks/{slug} shows into the model, also when a form on it is shown again
 * with errors. Other modules add their parts through {@link DoetankPageSection}.
 */
@Component
class DoetankPageModel implements DoetankPage {

	private final DoetankAccess access;

	private final DoetankCatalog catalog;

	private final java.time.Clock clock;

	private final DoetankStories stories;

	private final DoetankAgenda agenda;

	private final DoetankToolkit toolkit;

	private final List<DoetankPageSection> sections;

	DoetankPageModel(DoetankAccess access, DoetankCatalog catalog, java.time.Clock clock, DoetankStories stories,
			DoetankAgenda agenda, DoetankToolkit toolkit, List<DoetankPageSection> sections) {
		this.access = access;
		this.catalog = catalog;
		this.clock = clock;
		this.stories = stories;
		this.agenda = agenda;
		this.toolkit = toolkit;
		this.sections = sections;
	}

	@Override
	public String render(Model model, String slug, MemberPrincipal viewer) {
		return render(model, this.catalog.show(slug, viewer), viewer);
	}

	String render(Model model, Doetank doetank, MemberPrincipal viewer) {
		DoetankRef ref = doetank.ref();
		model.addAttribute("doetank", doetank);
		model.addAttribute("team", doetank.team());
		model.addAttribute("now", this.clock.instant());
		DoetankPermissions can = this.access.permissions(doetank, viewer);
		model.addAttribute("can", can);
		model.addAttribute("pendingRequests", can.decideRequests() ? doetank.pendingRequests() : List.of());
		model.addAttribute("ownRequest", (viewer != null) ? doetank.latestRequestOf(viewer.id()).orElse(null) : null);
		model.addAttribute("isTrekker", viewer != null && doetank.isTrekker(viewer.id()));
		if (!model.containsAttribute("joinForm")) {
			model.addAttribute("joinForm", new JoinRequestForm());
		}
		if (!model.containsAttribute("declineForm")) {
			model.addAttribute("declineForm", new DeclineForm());
		}
		model.addAttribute("stories", this.stories.latestPosts(ref, 3));
		model.addAttribute("meetings", this.agenda.upcoming(ref, 5));
		model.addAttribute("werkvormen", this.toolkit.usedBy(ref));
		TeamRoles team = doetank.roles();
		this.sections.forEach((section) -> section.addTo(model, ref, team, viewer));
		return "doetank/detail";
	}

}
