package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankAccess;
import nl.clubhuis.doetank.domain.DoetankRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.clubhuis.audit.AuditFact;
import nl.clubhuis.audit.AuditLog;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.Slugs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes a Doetank goes through here: one transaction, the rules, the
 * rights.
 */
@Service
public class DoetankService {

	private static final Logger log = LoggerFactory.getLogger(DoetankService.class);

	/** Paths under /doetanks/ that are pages, not Doetanks. */
	private static final Set<String> RESERVED_SLUGS = Set.of("nieuw", "lessen", "zoeken");

	private final DoetankRepository doetanks;

	private final ApplicationEventPublisher events;

	private final DoetankAccess access;

	private final Clock clock;

	private final AuditLog audit;

	private final MemberDirectory members;

	DoetankService(DoetankRepository doetanks, ApplicationEventPublisher events, DoetankAccess access, Clock clock,
			AuditLog audit, MemberDirectory members) {
		this.members = members;
		this.doetanks = doetanks;
		this.events = events;
		this.access = access;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * A member brings in a vraagstuk; returns the new Doetank's slug. Bringing in the
	 * same title twice (a double click) gives the proposal that is already waiting. When
	 * two are sent at the same moment, the database refuses the second (a
	 * {@link org.springframework.dao.DataIntegrityViolationException}); calling this
	 * again then finds the first.
	 */
	@Transactional
	public String propose(DoetankDetails details, MemberPrincipal author) {
		return propose(details, ProposalAnswers.NONE, author);
	}

	/**
	 * Brings in a vraagstuk with the author's answers to the intake's questions (see
	 * {@link #propose(DoetankDetails, MemberPrincipal)}).
	 */
	@Transactional
	public String propose(DoetankDetails details, ProposalAnswers answers, MemberPrincipal author) {
		Optional<String> waiting = this.doetanks.findWaitingProposal(author.id(),
				Doetank.normalisedTitle(details.title()));
		if (waiting.isPresent()) {
			return waiting.get();
		}
		String slug = Slugs.unique(details.title(),
				(candidate) -> RESERVED_SLUGS.contains(candidate) || this.doetanks.existsBySlug(candidate));
		Doetank doetank = Doetank.propose(slug, details, answers, author.id(), this.clock.instant());
		DoetankRef saved = this.doetanks.save(doetank).ref();
		this.events.publishEvent(new ProposalWaiting(saved,
				this.members.coaches().stream().map(MemberRef::id).collect(Collectors.toSet()), author.id(),
				this.clock.instant()));
		return slug;
	}

	/**
	 * A coach takes a proposal in with their judgement; a judgement that does not allow
	 * it ({@link IntakeJudgement#problemsForAccept()}) is a rule violation.
	 */
	@Transactional
	public void accept(String slug, IntakeJudgement judgement, MemberPrincipal coach) {
		Doetank doetank = load(slug);
		requireIntakeRight(doetank, coach);
		doetank.accept(judgement, coach.id(), this.clock.instant(), today());
		this.events.publishEvent(new DoetankAccepted(doetank.ref(), coach.id(), this.clock.instant()));
		logIfBeheerderSteppedIn(coach, doetank, "INTAKE_ACCEPTED");
	}

	/**
	 * A coach declines a proposal, naming what is missing or insufficient
	 * ({@link IntakeJudgement#problemsForDecline()}), with an optional {@code note}.
	 */
	@Transactional
	public void decline(String slug, IntakeJudgement judgement, String note, MemberPrincipal coach) {
		Doetank doetank = load(slug);
		requireIntakeRight(doetank, coach);
		doetank.decline(judgement, note, this.clock.instant());
		logIfBeheerderSteppedIn(coach, doetank, "INTAKE_DECLINED");
	}

	/** Asks to join as a lid. */
	@Transactional
	public void requestToJoin(String slug, String motivation, MemberPrincipal member) {
		requestToJoin(slug, MembershipRole.LID, motivation, member);
	}

	/** Asks to join in a role an outsider may ask for; approval gives that role. */
	@Transactional
	public void requestToJoin(String slug, MembershipRole role, String motivation, MemberPrincipal member) {
		Doetank doetank = load(slug);
		if (!this.access.canView(doetank, Viewer.of(member))) {
			throw new NotFoundException(slug);
		}
		if (doetank.isHistorical()) {
			throw new AccessDeniedException("nobody joins a historical Doetank");
		}
		doetank.requestToJoin(member.id(), role, motivation, this.clock.instant());
	}

	/**
	 * A member takes back their own open request to join. Sent twice (a double click),
	 * the second finds it taken back already and changes nothing; someone without a
	 * request here gets a 404, whatever they send.
	 */
	@Transactional
	public void withdrawRequest(String slug, MemberPrincipal member) {
		Doetank doetank = load(slug);
		if (!this.access.canView(doetank, Viewer.of(member))) {
			throw new NotFoundException(slug);
		}
		if (!doetank.withdrawRequest(member.id(), this.clock.instant(), today())
				&& !doetank.hasWithdrawnRequestOf(member.id())) {
			throw new NotFoundException(slug);
		}
	}

	@Transactional
	public void approveRequest(String slug, Long membershipId, MemberPrincipal trekker) {
		Doetank doetank = load(slug);
		requireDecisionRight(doetank, trekker);
		Long requester = doetank.approveRequest(membershipId, trekker.id(), this.clock.instant(), today())
			.getMemberId();
		this.events.publishEvent(new RequestDecided(doetank.ref(), membershipId, requester,
				RequestDecided.Outcome.APPROVED, trekker.id(), this.clock.instant()));
		logIfBeheerderSteppedIn(trekker, doetank, "REQUEST_APPROVED");
	}

	@Transactional
	public void declineRequest(String slug, Long membershipId, String note, MemberPrincipal trekker) {
		Doetank doetank = load(slug);
		requireDecisionRight(doetank, trekker);
		Long requester = doetank.declineRequest(membershipId, trekker.id(), note, this.clock.instant()).getMemberId();
		this.events.publishEvent(new RequestDecided(doetank.ref(), membershipId, requester,
				RequestDecided.Outcome.DECLINED, trekker.id(), this.clock.instant()));
		logIfBeheerderSteppedIn(trekker, doetank, "REQUEST_DECLINED");
	}

	@Transactional
	public void appointTrekker(String slug, Long membershipId, MemberPrincipal trekker) {
		Doetank doetank = load(slug);
		if (!this.access.canAppointTrekker(doetank, Viewer.of(trekker))) {
			throw new AccessDeniedException("only a trekker of this Doetank appoints another trekker");
		}
		doetank.appointTrekker(membershipId, this.clock.instant(), today());
		logIfBeheerderSteppedIn(trekker, doetank, "TREKKER_APPOINTED");
	}

	@Transactional
	public void leave(String slug, MemberPrincipal member) {
		Doetank doetank = load(slug);
		doetank.leave(member.id(), this.clock.instant(), today());
		this.events.publishEvent(new MembershipEnded(doetank.getId(), member.id(), this.clock.instant()));
	}

	private Doetank load(String slug) {
		return this.doetanks.findWithTeamBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
	}

	private void requireIntakeRight(Doetank doetank, MemberPrincipal person) {
		if (!this.access.canView(doetank, Viewer.of(person))) {
			throw new NotFoundException(doetank.getSlug());
		}
		if (!person.isCoach() && !person.isBeheerder()) {
			throw new AccessDeniedException("only a coach takes in a vraagstuk");
		}
	}

	private void requireDecisionRight(Doetank doetank, MemberPrincipal person) {
		if (!this.access.canDecideRequests(doetank, Viewer.of(person))) {
			throw new AccessDeniedException("only a trekker of this Doetank decides on join requests");
		}
	}

	/**
	 * Writes in the logboek when a beheerder did {@code action} in a Doetank where they
	 * have no right of their own: a trekker decides in their Doetank, a network coach
	 * takes in proposals.
	 */
	private void logIfBeheerderSteppedIn(MemberPrincipal person, Doetank doetank, String action) {
		boolean ownRight = doetank.isTrekker(person.id()) || (action.startsWith("INTAKE_") && person.isCoach());
		if (!ownRight && person.isBeheerder()) {
			log.warn("Beheerder {} stepped in on Doetank {}: {}", person.id(), doetank.getSlug(), action);
			this.audit.record(AuditFact.steppedIn(person.id(), doetank.getId(), action));
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
