package nl.clubhuis.site;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import nl.clubhuis.agenda.AgendaCatalog;
import nl.clubhuis.doetank.DoetankCard;
import nl.clubhuis.doetank.DoetankCards;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.notifications.FollowedNews;
import nl.clubhuis.publishing.PostCatalog;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.route.MilestoneService;
import nl.clubhuis.shared.NetworkActivity;
import nl.clubhuis.shared.KeptPages;
import nl.clubhuis.shared.MemberContent;
import nl.clubhuis.shared.SharedContent;
import nl.clubhuis.shared.SharedMarkup;

import org.springframework.stereotype.Controller;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The front door: what the network is, what a Doetank is, which teams are looking for
 * people, and what happened lately (posts, the Doetanks' milestones, what moves in the
 * network); for a member also their Doetanks and what moved in what they follow.
 */
@Controller
class HomeController {

	/** How many lines "Wat er beweegt" shows. */
	static final int ACTIVITY = 6;

	/** How many of the member's own Doetanks it shows. */
	static final int MINE = 6;

	private final DoetankCards doetanks;

	private final PostCatalog posts;

	private final AgendaCatalog agenda;

	private final MilestoneService milestones;

	private final List<NetworkActivity> activity;

	private final FollowedNews followed;

	private final SharedContent shared;

	private final SharedMarkup markup;

	private final MemberContent memberContent;

	private final KeptPages pages;

	HomeController(DoetankCards doetanks, PostCatalog posts, AgendaCatalog agenda, MilestoneService milestones,
			List<NetworkActivity> activity, FollowedNews followed, SharedContent shared, SharedMarkup markup,
			MemberContent memberContent, KeptPages pages) {
		this.memberContent = memberContent;
		this.pages = pages;
		this.shared = shared;
		this.markup = markup;
		this.activity = activity;
		this.followed = followed;
		this.milestones = milestones;
		this.doetanks = doetanks;
		this.posts = posts;
		this.agenda = agenda;
	}

	/** What moves in the network, newest first: each module's latest few, merged. */
	private List<NetworkActivity.Activity> recentActivity() {
		return this.activity.stream()
			.flatMap((source) -> source.recent(ACTIVITY).stream())
			.sorted(Comparator.comparing(NetworkActivity.Activity::when).reversed())
			.limit(ACTIVITY)
			.toList();
	}

	private Map<String, Object> everyonesVariables() {
		Map<String, Object> variables = new HashMap<>(this.shared.get("home", this::forEveryone));
		variables.put("phases", Phase.values());
		return variables;
	}

	/** What the home page shows everyone alike, read once until the content changes. */
	private Map<String, Object> forEveryone() {
		return Map.of("lookingForMembers", this.doetanks.lookingForMembers(6), "counts",
				this.doetanks.publicCountsByStatus(), "news", this.posts.latest(Set.of(PostKind.NIEUWS), 3), "cafeblog",
				this.posts.latest(Set.of(PostKind.CAFEBLOG), 3), "blogs",
				this.posts.latest(Set.of(PostKind.DOETANKBLOG, PostKind.BESCHOUWING), 3), "events", this.agenda.next(3),
				"milestones", this.milestones.latestPublic(3), "activity", recentActivity());
	}

	/**
	 * The cards of the member's Doetanks: which ones is theirs, but each card looks the
	 * same to every member, so it is drawn once and kept.
	 */
	private List<String> cardsOfMine(long memberId) {
		SharedMarkup markup = this.markup.asOfNow();
		// Which Doetanks are theirs is kept for them: a change of any Doetank or team
		// empties it (the content trigger, V60).
		List<Long> ids = this.memberContent.get(memberId, "home.doetanks",
				() -> List.copyOf(this.doetanks.idsInvolving(memberId, MINE)));
		Supplier<Map<Long, DoetankCard>> cards = SingletonSupplier.of(() -> this.doetanks.byIds(ids));
		return ids.stream()
			.map((id) -> markup.render(String.valueOf(id), "fragments/doetank :: cardIfAny(doetank=${doetank})", () -> {
				// null (no card) when it was removed just now
				Map<String, Object> variables = new HashMap<>();
				variables.put("doetank", cards.get().get(id));
				return variables;
			}))
			.toList();
	}

	/**
	 * Kept whole for a member as they saw it until anything changes (their start page,
	 * which they come back to); drawn from parts kept for everyone when it is not.
	 */
	@GetMapping("/")
	ModelAndView home(Viewer viewer, Model model) {
		return this.pages.page(viewer.memberId().orElse(null), viewer.pageKey(), model, () -> {
			// Read and drawn once for everyone until the content changes.
			// Read at most once for both parts, and only when one is not kept.
			Supplier<Map<String, Object>> everyone = SingletonSupplier.of(this::everyonesVariables);
			model.addAttribute("heroMarkup", this.markup.render("home", "home-everyone :: hero", everyone::get));
			model.addAttribute("everyoneMarkup",
					this.markup.render("home", "home-everyone :: sections", everyone::get));
			model.addAttribute("mineMarkup", viewer.memberId().map(this::cardsOfMine).orElse(List.of()));
			model.addAttribute("followed", viewer.memberId().map(this.followed::of).orElse(null));
			return "home";
		});
	}

}
