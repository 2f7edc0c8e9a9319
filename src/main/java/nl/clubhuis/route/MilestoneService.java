package nl.clubhuis.route;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.documents.DoetankDocuments;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.publishing.PostCatalog;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.PostRef;
import nl.clubhuis.route.domain.Milestone;
import nl.clubhuis.route.domain.MilestonePreparation;
import nl.clubhuis.route.domain.MilestoneRepository;
import nl.clubhuis.route.domain.MilestoneRules;
import nl.clubhuis.route.domain.SteppingIn;
import nl.clubhuis.route.domain.Timelines;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestones a team marks on its Doetank's route: added, corrected and removed by the
 * team (a beheerder may step in, and that is logged), shown in the timeline and in the
 * network's recent activity.
 */
@Service
public class MilestoneService {

	/** More posts than a team writes; the form's choice stays one bounded query. */
	static final int POSTS_TO_CHOOSE_FROM = 100;

	private final Doetanks doetanks;

	private final MilestoneRepository milestones;

	private final PostCatalog posts;

	private final SteppingIn steppingIn;

	private final Clock clock;

	private final Timelines timelines;

	private final DoetankDocuments documents;

	private final ApplicationEventPublisher events;

	MilestoneService(Doetanks doetanks, MilestoneRepository milestones, PostCatalog posts, SteppingIn steppingIn,
			Clock clock, Timelines timelines, DoetankDocuments documents, ApplicationEventPublisher events) {
		this.events = events;
		this.timelines = timelines;
		this.documents = documents;
		this.doetanks = doetanks;
		this.milestones = milestones;
		this.posts = posts;
		this.steppingIn = steppingIn;
		this.clock = clock;
	}

	/**
	 * The Doetank whose milestones {@code person} may keep, with what the form needs; a
	 * 404 for who may not see it, a 403 for who is not in its team.
	 */
	@Transactional(readOnly = true)
	public MilestonePreparation prepare(String slug, MemberPrincipal person) {
		Doetanks.Visible visible = this.doetanks.visible(slug, Viewer.of(person));
		if (!MilestoneRules.mayKeep(visible.doetank(), visible.team(), Viewer.of(person))) {
			throw new AccessDeniedException("only the team keeps the milestones");
		}
		return preparation(visible);
	}

	private MilestonePreparation preparation(Doetanks.Visible visible) {
		DoetankRef doetank = visible.doetank();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate start = this.milestones.findRouteStart(doetank.id())
			.map((instant) -> LocalDate.ofInstant(instant, this.clock.getZone()))
			.orElse(today);
		List<PostRef> choices = this.posts.latestOfDoetank(doetank.id(), PostKind.ofDoetanks(), POSTS_TO_CHOOSE_FROM)
			.stream()
			.map((card) -> new PostRef(card.id(), card.title(), card.path()))
			.toList();
		return new MilestonePreparation(doetank, visible.team(), start, today, choices,
				this.documents.publicOf(doetank, POSTS_TO_CHOOSE_FROM));
	}

	/** One milestone of this Doetank, to edit or remove; a 404 for any other id. */
	@Transactional(readOnly = true)
	public Milestone find(MilestonePreparation preparation, Long id) {
		return this.milestones.findById(id)
			.filter((milestone) -> milestone.belongsTo(preparation.doetank()))
			.orElseThrow(() -> new NotFoundException("milestone " + id));
	}

	/**
	 * What is wrong with this entry, field → message key: the rules of
	 * {@link MilestoneRules}, and the same day and title as another milestone of the
	 * Doetank ({@code editedId}: the one being corrected, or null).
	 */
	@Transactional(readOnly = true)
	public Map<String, String> problemsWith(MilestonePreparation preparation, MilestoneEntry entry, Long editedId) {
		Map<String, String> problems = preparation.problemsWith(entry);
		if (editedId != null && entry.happenedOn() != null && entry.title() != null
				&& twin(preparation.doetank(), entry).filter((other) -> !other.getId().equals(editedId)).isPresent()) {
			problems.put("title", "milestone.rule.duplicate");
		}
		return problems;
	}

	/**
	 * Adds a milestone. The same day and title sent again (a double click, a second tab)
	 * gives the milestone that is already there.
	 */
	@Transactional
	public Long add(String slug, MilestoneEntry entry, MemberPrincipal person) {
		return add(prepare(slug, person), entry, person);
	}

	/**
	 * Adds a milestone to a Doetank's history, as an import does (like
	 * {@code DoetankHistory}): also on a historical Doetank, on whose route no one adds
	 * anything any more. The rules of the entry still hold; {@code person} is who it is
	 * written in the name of, a member of the team.
	 */
	@Transactional
	public Long addToHistory(String slug, MilestoneEntry entry, MemberPrincipal person) {
		return add(preparation(this.doetanks.visible(slug, Viewer.of(person))), entry, person);
	}

	private Long add(MilestonePreparation preparation, MilestoneEntry entry, MemberPrincipal person) {
		requireNoProblems(preparation, entry, null);
		Optional<Milestone> twin = twin(preparation.doetank(), entry);
		if (twin.isPresent()) {
			return twin.get().getId();
		}
		Milestone milestone = this.milestones
			.saveAndFlush(new Milestone(preparation.doetank(), entry, person.id(), this.clock.instant()));
		this.events.publishEvent(new MilestoneReached(preparation.doetank(), milestone.getId(), milestone.getTitle(),
				person.id(), this.clock.instant()));
		steppedIn(preparation, person, "MILESTONE_ADDED");
		return milestone.getId();
	}

	@Transactional
	public void change(String slug, Long id, MilestoneEntry entry, MemberPrincipal person) {
		MilestonePreparation preparation = prepare(slug, person);
		Milestone milestone = find(preparation, id);
		requireNoProblems(preparation, entry, id);
		milestone.change(entry, this.clock.instant());
		steppedIn(preparation, person, "MILESTONE_CHANGED");
	}

	/**
	 * Removes a milestone; one that is gone already (the confirmation sent twice) is no
	 * error. Returns whether this call removed it.
	 */
	@Transactional
	public boolean remove(String slug, Long id, MemberPrincipal person) {
		MilestonePreparation preparation = prepare(slug, person);
		Optional<Milestone> milestone = this.milestones.findById(id);
		if (milestone.isEmpty()) {
			return false;
		}
		if (!milestone.get().belongsTo(preparation.doetank())) {
			throw new NotFoundException("milestone " + id);
		}
		this.milestones.delete(milestone.get());
		steppedIn(preparation, person, "MILESTONE_REMOVED");
		return true;
	}

	/**
	 * The latest milestones of public Doetanks, newest first, for the network's recent
	 * activity. Two queries.
	 */
	@Transactional(readOnly = true)
	public List<MilestoneCard> latestPublic(int howMany) {
		List<Milestone> latest = this.milestones.findLatestPublic(howMany);
		Map<Long, DoetankRef> doetanks = this.doetanks
			.byIds(latest.stream().map(Milestone::getDoetankId).distinct().toList());
		return latest.stream()
			.filter((milestone) -> doetanks.containsKey(milestone.getDoetankId()))
			.map((milestone) -> new MilestoneCard(milestone.getId(), doetanks.get(milestone.getDoetankId()),
					milestone.getHappenedOn(), milestone.getTitle(), milestone.getLine()))
			.toList();
	}

	/**
	 * The stays in each phase of this Doetank's route, oldest first: the days its
	 * milestones can have (used for demo data).
	 */
	@Transactional(readOnly = true)
	public List<StayInPhase> staysOf(DoetankRef doetank) {
		return this.timelines.of(doetank)
			.stages()
			.stream()
			.map((stage) -> new StayInPhase(stage.phase(), stage.start().toLocalDate(),
					(stage.end() != null) ? stage.end().toLocalDate() : null))
			.toList();
	}

	private Optional<Milestone> twin(DoetankRef doetank, MilestoneEntry entry) {
		return this.milestones.findByDoetankIdAndHappenedOnAndTitle(doetank.id(), entry.happenedOn(),
				entry.title().strip());
	}

	private void requireNoProblems(MilestonePreparation preparation, MilestoneEntry entry, Long editedId) {
		problemsWith(preparation, entry, editedId).values().stream().findFirst().ifPresent((key) -> {
			throw new RuleViolationException(key);
		});
	}

	private void steppedIn(MilestonePreparation preparation, MemberPrincipal person, String action) {
		this.steppingIn.recordIfOutsideTeam(preparation.doetank().id(), preparation.team(), person, action);
	}

}
