package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankCatalog;
import nl.clubhuis.doetank.domain.DoetankRepository;

import nl.clubhuis.route.ChecklistAnswer;
import nl.clubhuis.route.GateReviewCommand;
import nl.clubhuis.route.GateReviewService;
import nl.clubhuis.route.domain.ChecklistRepository;
import nl.clubhuis.route.domain.Timeline;
import nl.clubhuis.route.domain.Timelines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.member.MemberService;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds Doetanks in a given state through the real services, as people would. */
public class TestDoetanks {

	/** A coach's judgement that allows accepting a proposal. */
	public static final IntakeJudgement ACCEPTING = new IntakeJudgement(Sufficiency.VOLDOENDE,
			"Raakt burgers direct en bespaart uitzoekwerk.", Sufficiency.VOLDOENDE,
			"De gemeente wil het invoeren; de trekker heeft een dag per week.", true, IntakeOrigin.PROBLEEM);

	/** A coach's judgement that names what is missing: no probleemeigenaar yet. */
	public static final IntakeJudgement DECLINING = new IntakeJudgement(Sufficiency.VOLDOENDE, "Het speelt overal.",
			Sufficiency.VOLDOENDE, "Er is tijd en ruimte.", false, IntakeOrigin.PROBLEEM);

	private final DoetankService service;

	private final DoetankCatalog catalog;

	private final DoetankRepository repository;

	private final MemberService members;

	private final TransactionTemplate transaction;

	private final ChecklistRepository checklist;

	private final GateReviewService reviews;

	private final Timelines timelines;

	private final JdbcTemplate jdbc;

	private MemberPrincipal secondCoach;

	TestDoetanks(DoetankService service, DoetankCatalog catalog, DoetankRepository repository, MemberService members,
			PlatformTransactionManager transactionManager, ChecklistRepository checklist, GateReviewService reviews,
			Timelines timelines, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.timelines = timelines;
		this.reviews = reviews;
		this.checklist = checklist;
		this.service = service;
		this.catalog = catalog;
		this.repository = repository;
		this.members = members;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Today in the network's zone (that of the portal's Clock), whatever zone the JVM
	 * runs in: late in the evening UTC is already tomorrow in Amsterdam.
	 */
	public static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
	}

	/**
	 * A review command that answers every checkpoint of the Doetank's current phase with
	 * "ja", with a second coach of the network present (an overleg needs two).
	 */
	public GateReviewCommand review(String slug, GateDecision.Kind decision) {
		Phase phase = this.repository.findWithTeamBySlug(slug).orElseThrow().getPhase();
		List<GateReviewCommand.Answer> answers = this.checklist.findByPhaseAndActiveTrueOrderByPosition(phase)
			.stream()
			.map((item) -> new GateReviewCommand.Answer(item.getId(), ChecklistAnswer.JA, null))
			.toList();
		return new GateReviewCommand(today(), java.util.Set.of(secondCoach().id()), answers,
				"Het team is er klaar voor.",
				GateDecision.of(decision, "Over zes weken opnieuw kijken.", Phase.INITIEREN, "Een scherper vraagstuk.",
						"Geen opdrachtgever gevonden.", "Betrek eerder een opdrachtgever."));
	}

	/**
	 * A coach of the network (not of any Doetank) who takes part in the overleggen
	 * {@link #review} records, so they have the two coaches they need.
	 */
	public MemberPrincipal secondCoach() {
		if (this.secondCoach == null) {
			this.secondCoach = new TestPeople(this.members, this.jdbc).coach("Gerda Gatekeeper");
		}
		return this.secondCoach;
	}

	/** Adds a second coach; the portal has no screen for that yet. */
	public void addCoach(String slug, MemberPrincipal coach) {
		this.transaction.executeWithoutResult((status) -> this.repository.findWithTeamBySlug(slug)
			.orElseThrow()
			.addMember(coach.id(), MembershipRole.COACH, Instant.now(), today()));
	}

	/** Adds someone to the team in this role at once, without an invitation. */
	public void addMember(String slug, MemberPrincipal member, MembershipRole role) {
		this.transaction.executeWithoutResult((status) -> this.repository.findWithTeamBySlug(slug)
			.orElseThrow()
			.addMember(member.id(), role, Instant.now(), today()));
	}

	/** Adds a second trekker; the portal has no screen for that yet. */
	public void addTrekker(String slug, MemberPrincipal trekker) {
		this.transaction.executeWithoutResult((status) -> this.repository.findWithTeamBySlug(slug)
			.orElseThrow()
			.addMember(trekker.id(), MembershipRole.TREKKER, Instant.now(), today()));
	}

	public static DoetankDetails details(String title) {
		return new DoetankDetails(title + " " + UUID.randomUUID().toString().substring(0, 8),
				"Professionals lopen vast op een probleem. Het raakt burgers direct.", "Een werkende oplossing.",
				Theme.DIENSTVERLENING, List.of("Gemeente Testdorp"), EnumSet.of(LookingFor.LEDEN), null);
	}

	/** A proposal brought in by {@code trekker}, waiting for intake; returns its slug. */
	public String proposal(MemberPrincipal trekker) {
		return this.service.propose(details("Voorstel"), trekker);
	}

	/**
	 * An active Doetank with {@code trekker} as trekker and {@code coach} as its coach.
	 */
	public String active(MemberPrincipal trekker, MemberPrincipal coach) {
		String slug = proposal(trekker);
		this.service.accept(slug, ACCEPTING, coach);
		return slug;
	}

	/**
	 * An active Doetank brought to {@code phase} through gatekeepers-overleggen that said
	 * "door".
	 */
	public String inPhase(Phase phase, MemberPrincipal trekker, MemberPrincipal coach) {
		String slug = active(trekker, coach);
		for (int step = 0; step < phase.ordinal(); step++) {
			this.reviews.record(slug, review(slug, GateDecision.Kind.DOOR), coach);
		}
		return slug;
	}

	/** The Doetank's route as its page shows it. */
	public Timeline timeline(String slug) {
		return this.timelines.of(this.repository.findRefBySlug(slug).orElseThrow());
	}

	public Doetank load(String slug, MemberPrincipal viewer) {
		return this.catalog.show(slug, Viewer.of(viewer));
	}

	/** The id of {@code requester}'s pending join request. */
	public Long pendingRequestId(String slug, MemberPrincipal requester) {
		return this.catalog.show(slug, Viewer.of(requester)).pendingRequestOf(requester.id()).orElseThrow().getId();
	}

}
