package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.DoetankCard;
import nl.clubhuis.doetank.DoetankDetails;
import nl.clubhuis.doetank.DoetankEdit;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.IntakeGap;
import nl.clubhuis.doetank.IntakeJudgement;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.ProposalAnswers;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.doetank.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.clubhuis.shared.Texts;
import nl.clubhuis.shared.RuleViolationException;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A team working on one vraagstuk, and the aggregate that guards its rules: who may join,
 * who decides, and that an active Doetank always keeps a trekker.
 * <p>
 * Longer than 300 lines because it is the one aggregate of the intake, the team and the
 * phase, and half of it is the getters its pages read; the team's rules are the next to
 * move out (with memberships that keep their member by id).
 */
@Entity
@Table(name = "doetank")
public class Doetank {

	private static final Pattern FIRST_SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String vraagstuk;

	private String ambition;

	@Enumerated(EnumType.STRING)
	private Theme theme;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "varchar[]")
	private List<String> organisations = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "varchar[]")
	private List<String> lookingFor = new ArrayList<>();

	private String lookingForNote;

	/** The expertise the team is looking for: ids of the shared vocabulary's terms. */
	@ElementCollection
	@CollectionTable(name = "doetank_expertise", joinColumns = @JoinColumn(name = "doetank_id"))
	@Column(name = "expertise_id")
	@BatchSize(size = 50)
	private Set<Long> expertiseIds = new HashSet<>();

	/** Who brought the vraagstuk in (null for history and after erasure). */
	private Long proposedById;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	@Enumerated(EnumType.STRING)
	private DoetankStatus status;

	private LocalDate startDate;

	/**
	 * The day this record was last kept (a Doetank from the network's history whose story
	 * ends there); null for a Doetank kept in the portal.
	 */
	private LocalDate recordEndsOn;

	private String typology;

	private String urgency;

	private String result;

	private String stopReason;

	private String lessons;

	private String declineReason;

	/** The author's answers to the intake's questions and the coach's judgement (V39). */
	@Embedded
	private Intake intake;

	private boolean diffusietank;

	/**
	 * How many organisations took up its result: kept by the route module
	 * ({@code DoetankProgress#adoptersChanged}), read by the list's filter and cards.
	 */
	private int adopterCount;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "doetank", cascade = CascadeType.ALL)
	private List<Membership> memberships = new ArrayList<>();

	protected Doetank() {
	}

	private Doetank(String slug, DoetankDetails details, DoetankStatus status, Instant now) {
		this.slug = slug;
		this.status = status;
		this.createdAt = now;
		this.updatedAt = now;
		describe(details);
	}

	/**
	 * A member brings in a vraagstuk: it waits for a coach's intake, with its author as
	 * trekker.
	 */
	public static Doetank propose(String slug, DoetankDetails details, Long authorId, Instant now) {
		return propose(slug, details, ProposalAnswers.NONE, authorId, now);
	}

	/**
	 * A member brings in a vraagstuk with their answers to the intake's questions.
	 */
	public static Doetank propose(String slug, DoetankDetails details, ProposalAnswers answers, Long authorId,
			Instant now) {
		Doetank doetank = new Doetank(slug, details, DoetankStatus.VOORSTEL, now);
		doetank.answer(answers);
		doetank.proposedById = authorId;
		doetank.memberships.add(Membership.active(doetank, authorId, MembershipRole.TREKKER, now, null));
		return doetank;
	}

	/**
	 * A Doetank from the network's history, recorded as it stands (used for demo data).
	 */
	public static Doetank fromHistory(String slug, DoetankDetails details, Phase phase, DoetankStatus status,
			Instant now) {
		Doetank doetank = new Doetank(slug, details, status, now);
		doetank.phase = phase;
		return doetank;
	}

	private void describe(DoetankDetails details) {
		this.title = normalisedTitle(details.title());
		this.vraagstuk = details.vraagstuk().strip();
		this.ambition = Texts.stripToNull(details.ambition());
		this.theme = details.theme();
		this.organisations = new ArrayList<>(details.organisations());
		this.lookingFor = new ArrayList<>(details.lookingFor().stream().sorted().map(Enum::name).toList());
		this.lookingForNote = Texts.stripToNull(details.lookingForNote());
	}

	/** A title as it is kept: trimmed, with single spaces. */
	public static String normalisedTitle(String title) {
		return title.strip().replaceAll("\\s+", " ");
	}

	/**
	 * The trekker or a coach keeps the page current: the address stays, everything a
	 * visitor reads may change. Only a coach ({@code classify}) changes the typology and
	 * the urgency. {@code expertiseIds} are terms of the vocabulary.
	 */
	public void edit(DoetankEdit edit, Set<Long> expertiseIds, boolean classify, Instant now) {
		describe(edit.details());
		this.expertiseIds.retainAll(expertiseIds);
		this.expertiseIds.addAll(expertiseIds);
		this.startDate = edit.startDate();
		if (classify) {
			if (!Typology.parse(this.typology).equals(edit.typology())) {
				this.typology = Typology.format(edit.typology());
			}
			this.urgency = (edit.urgency() != null) ? edit.urgency().value() : null;
		}
		touch(now);
	}

	/** The author takes back a proposal that waits for intake. */
	public void withdraw(Instant now) {
		requireStatus(DoetankStatus.VOORSTEL);
		this.status = DoetankStatus.INGETROKKEN;
		touch(now);
	}

	/**
	 * The author brings a declined or withdrawn proposal in again, usually after revising
	 * it; the coach's reason stays in the history.
	 */
	public void bringInAgain(Instant now) {
		if (this.status != DoetankStatus.AFGEWEZEN && this.status != DoetankStatus.INGETROKKEN) {
			throw new RuleViolationException("doetank.rule.onlyDeclinedComesBack");
		}
		this.status = DoetankStatus.VOORSTEL;
		this.declineReason = null;
		intake().judge(IntakeJudgement.NONE);
		touch(now);
	}

	/**
	 * What a revision compares: every field a person edits, as text (lists one item per
	 * line, enums by name, expertise by term id), in the order the form shows them.
	 */
	public Map<String, String> described() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", this.title);
		fields.put("vraagstuk", this.vraagstuk);
		fields.put("ambition", this.ambition);
		fields.put("theme", (this.theme != null) ? this.theme.name() : null);
		fields.put("organisations", String.join("\n", this.organisations));
		fields.put("startDate", (this.startDate != null) ? this.startDate.toString() : null);
		fields.put("lookingFor", String.join("\n", this.lookingFor.stream().sorted().toList()));
		fields.put("expertise", String.join("\n", this.expertiseIds.stream().sorted().map(String::valueOf).toList()));
		fields.put("lookingForNote", this.lookingForNote);
		ProposalAnswers answers = getAnswers();
		fields.put("answerProblemOwner", answers.problemOwner());
		fields.put("answerValue", answers.value());
		fields.put("answerCapacity", answers.capacity());
		fields.put("answerOrigin", (answers.origin() != null) ? answers.origin().name() : null);
		fields.put("typology", Typology.format(Typology.parse(this.typology)));
		fields.put("urgency", this.urgency);
		fields.put("status", this.status.name());
		fields.put("declineReason", this.declineReason);
		return fields;
	}

	public void recordHistory(LocalDate startDate, String typology, String urgency, String result,
			boolean diffusietank) {
		this.startDate = startDate;
		this.typology = typology;
		this.urgency = urgency;
		this.result = Texts.stripToNull(result);
		this.diffusietank = diffusietank;
	}

	/** This record was last kept on {@code day}: its story ends there. */
	public void recordEndsOn(LocalDate day) {
		this.recordEndsOn = day;
	}

	public void recordStop(String stopReason, String lessons) {
		if (Texts.stripToNull(stopReason) == null || Texts.stripToNull(lessons) == null) {
			throw new RuleViolationException("doetank.rule.stopNeedsReasonAndLessons");
		}
		this.status = DoetankStatus.GESTOPT;
		this.stopReason = stopReason.strip();
		this.lessons = lessons.strip();
	}

	// Intake

	/**
	 * A coach takes the proposal in, with a judgement that allows it
	 * ({@link IntakeJudgement#problemsForAccept()}).
	 */
	public void accept(IntakeJudgement judgement, Long coachId, Instant now, LocalDate today) {
		requireStatus(DoetankStatus.VOORSTEL);
		if (!judgement.problemsForAccept().isEmpty()) {
			throw new RuleViolationException("intake.rule.acceptNeedsJudgement");
		}
		if (activeMembers(MembershipRole.TREKKER).isEmpty()) {
			throw new RuleViolationException("doetank.rule.needsTrekker");
		}
		this.status = DoetankStatus.ACTIEF;
		this.phase = Phase.INITIEREN;
		this.startDate = today;
		if (!isActiveAs(coachId, MembershipRole.COACH)) {
			this.memberships.add(Membership.active(this, coachId, MembershipRole.COACH, now, today));
		}
		intake().judge(judgement);
		touch(now);
	}

	/**
	 * A coach declines the proposal, naming what is missing or insufficient
	 * ({@link IntakeJudgement#problemsForDecline()}), with an optional word of their own.
	 */
	public void decline(IntakeJudgement judgement, String note, Instant now) {
		requireStatus(DoetankStatus.VOORSTEL);
		if (!judgement.problemsForDecline().isEmpty()) {
			throw new RuleViolationException("intake.rule.declineNeedsJudgement");
		}
		this.status = DoetankStatus.AFGEWEZEN;
		this.declineReason = Texts.stripToNull(note);
		intake().judge(judgement);
		touch(now);
	}

	/** The author (or a coach) revises the answers to the intake's questions. */
	public void answer(ProposalAnswers answers) {
		intake().answer(answers);
	}

	public ProposalAnswers getAnswers() {
		return Intake.answers(this.intake);
	}

	public IntakeJudgement getJudgement() {
		return Intake.judgement(this.intake);
	}

	/** What the coach found missing or insufficient, when the proposal was declined. */
	public List<IntakeGap> getDeclineGaps() {
		return (this.status == DoetankStatus.AFGEWEZEN) ? getJudgement().gaps() : List.of();
	}

	private Intake intake() {
		if (this.intake == null) {
			this.intake = new Intake();
		}
		return this.intake;
	}

	// Route

	/**
	 * Applies the decision of a gatekeepers-overleg: with {@link #move} (a coach's single
	 * step without one), the only ways a phase or the end of the route changes. Returns
	 * the phase the Doetank was in.
	 */
	public Phase decide(GateDecision decision, Instant now) {
		if (!isOpen()) {
			throw new RuleViolationException("gate.rule.routeEnded");
		}
		decision.requireAllowedIn(this.phase);
		Phase from = this.phase;
		if (decision instanceof GateDecision.Door) {
			this.phase = this.phase.next();
		}
		else if (decision instanceof GateDecision.Herformuleren back) {
			this.phase = back.backTo();
			this.vraagstuk = back.newVraagstuk();
		}
		else if (decision instanceof GateDecision.Stoppen stop) {
			recordStop(stop.reason(), stop.lessons());
		}
		else if (decision instanceof GateDecision.Afronden) {
			this.status = DoetankStatus.AFGEROND;
		}
		else if (decision instanceof GateDecision.Afsluiten closing) {
			this.status = DoetankStatus.AFGESLOTEN;
			this.result = closing.result();
		}
		touch(now);
		return from;
	}

	/**
	 * A coach moves an active Doetank one phase forward or back without a
	 * gatekeepers-overleg, always saying why (the reason is kept with the step in the
	 * route). Returns the phase the Doetank was in.
	 */
	public Phase move(Phase to, String reason, Instant now) {
		if (!isOpen()) {
			throw new RuleViolationException("gate.rule.routeEnded");
		}
		if (to == null || Math.abs(to.ordinal() - this.phase.ordinal()) != 1) {
			throw new RuleViolationException("gate.overgang.rule.oneStep");
		}
		if (Texts.stripToNull(reason) == null) {
			throw new RuleViolationException("gate.overgang.rule.reasonRequired");
		}
		Phase from = this.phase;
		this.phase = to;
		touch(now);
		return from;
	}

	/**
	 * A coach marks a Doetank in VERBREDEN as diffusietank: it helps others adopt its
	 * solution.
	 */
	public void markDiffusietank(boolean diffusietank, Instant now) {
		if (this.phase != Phase.VERBREDEN || this.status == DoetankStatus.GESTOPT) {
			throw new RuleViolationException("doetank.rule.diffusietankOnlyInVerbreden");
		}
		this.diffusietank = diffusietank;
		touch(now);
	}

	// Team

	public Membership addMember(Long memberId, MembershipRole role, Instant now, LocalDate since) {
		Membership membership = Membership.active(this, memberId, role, now, since);
		this.memberships.add(membership);
		touch(now);
		return membership;
	}

	/**
	 * A member asks to join in a role an outsider may ask for (never trekker or coach).
	 */
	public void requestToJoin(Long memberId, MembershipRole role, String motivation, Instant now) {
		if (!isOpen()) {
			throw new RuleViolationException("doetank.rule.joinOnlyActive");
		}
		if (!role.isOpenToOutsiders()) {
			throw new RuleViolationException("doetank.rule.roleNotOpen");
		}
		if (isMember(memberId)) {
			throw new RuleViolationException("doetank.rule.alreadyMember");
		}
		if (pendingRequestOf(memberId).isPresent()) {
			throw new RuleViolationException("doetank.rule.alreadyRequested");
		}
		if (roster().openInvitationOf(memberId).isPresent()) {
			throw new RuleViolationException("doetank.rule.alreadyInvited");
		}
		this.memberships.add(Membership.request(this, memberId, role, motivation, now));
		touch(now);
	}

	/** The team's rules beyond joining: invitations, roles, rings, coaches. */
	public Roster roster() {
		return new Roster(this, this.memberships);
	}

	public Membership approveRequest(Long membershipId, Long deciderId, Instant now, LocalDate today) {
		Membership request = pendingRequest(membershipId);
		request.approve(deciderId, now, today);
		touch(now);
		return request;
	}

	public Membership declineRequest(Long membershipId, Long deciderId, String note, Instant now) {
		Membership request = pendingRequest(membershipId);
		request.decline(deciderId, note, now);
		touch(now);
		return request;
	}

	/**
	 * The member takes back their open join request. Returns false when there is none,
	 * for example because they already took it back a moment ago.
	 */
	public boolean withdrawRequest(Long memberId, Instant now, LocalDate today) {
		Optional<Membership> open = pendingRequestOf(memberId);
		open.ifPresent((request) -> {
			request.withdraw(now);
			touch(now);
		});
		return open.isPresent();
	}

	/** Whether this member once asked to join and took the request back. */
	public boolean hasWithdrawnRequestOf(Long memberId) {
		return this.memberships.stream().anyMatch((m) -> m.belongsTo(memberId) && m.isWithdrawn());
	}

	/**
	 * Ends every current role of this member. The last trekker cannot go while the
	 * Doetank is active or still a proposal: it would be left without anyone to lead it.
	 */
	public void leave(Long memberId, Instant now, LocalDate today) {
		List<Membership> own = this.memberships.stream()
			.filter((membership) -> membership.isActive() && membership.belongsTo(memberId))
			.toList();
		if (own.isEmpty()) {
			throw new RuleViolationException("doetank.rule.notAMember");
		}
		if (isLastTrekker(memberId) && needsATrekker()) {
			throw new RuleViolationException("doetank.rule.lastTrekker");
		}
		own.forEach((membership) -> membership.end(today));
		touch(now);
	}

	/**
	 * A trekker hands the lead to someone already in the team, who becomes trekker
	 * instead of their old role.
	 */
	public void appointTrekker(Long membershipId, Instant now, LocalDate today) {
		if (!isOpen()) {
			throw new RuleViolationException("doetank.rule.trekkerOnlyWhileActive");
		}
		Membership current = this.memberships.stream()
			.filter((m) -> m.isActive() && membershipId.equals(m.getId()))
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("doetank.rule.notAMember"));
		if (current.getRole() != MembershipRole.LID || isTrekker(current.getMemberId())) {
			throw new RuleViolationException("doetank.rule.onlyMembersBecomeTrekker");
		}
		current.end(today);
		this.memberships.add(Membership.active(this, current.getMemberId(), MembershipRole.TREKKER, now, today));
		touch(now);
	}

	public boolean isLastTrekker(Long memberId) {
		return isTrekker(memberId) && activeMembers(MembershipRole.TREKKER).size() == 1;
	}

	/** Active Doetanks and proposals must always have a trekker. */
	public boolean needsATrekker() {
		return this.status == DoetankStatus.ACTIEF || this.status == DoetankStatus.VOORSTEL;
	}

	private Membership pendingRequest(Long membershipId) {
		return this.memberships.stream()
			.filter((membership) -> membership.getId() != null && membership.getId().equals(membershipId))
			.filter(Membership::isPending)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("doetank.rule.noSuchRequest"));
	}

	private void requireStatus(DoetankStatus expected) {
		if (this.status != expected) {
			throw new RuleViolationException("doetank.rule.status." + expected.name().toLowerCase());
		}
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	// Questions the pages and rules ask

	public boolean isTrekker(Long memberId) {
		return isActiveAs(memberId, MembershipRole.TREKKER);
	}

	public boolean isCoachOf(Long memberId) {
		return isActiveAs(memberId, MembershipRole.COACH);
	}

	public boolean isMember(Long memberId) {
		return this.memberships.stream().anyMatch((m) -> m.isActive() && m.belongsTo(memberId));
	}

	/** Has anything to do with this Doetank: a current role or an open request. */
	public boolean involves(Long memberId) {
		return this.memberships.stream().anyMatch((m) -> (m.isActive() || m.isPending()) && m.belongsTo(memberId));
	}

	private boolean isActiveAs(Long memberId, MembershipRole role) {
		return this.memberships.stream().anyMatch((m) -> m.isActive() && m.getRole() == role && m.belongsTo(memberId));
	}

	public List<Membership> activeMembers(MembershipRole role) {
		return this.memberships.stream().filter((m) -> m.isActive() && m.getRole() == role).toList();
	}

	/**
	 * The current team, grouped by role in the order {@link MembershipRole} gives, each
	 * role's people in the order {@code byName} puts their member ids.
	 */
	public Map<MembershipRole, List<Membership>> team(Comparator<Long> byName) {
		Map<MembershipRole, List<Membership>> team = new EnumMap<>(MembershipRole.class);
		for (MembershipRole role : MembershipRole.values()) {
			List<Membership> members = activeMembers(role).stream()
				.sorted(Comparator.comparing(Membership::getMemberId, byName))
				.toList();
			if (!members.isEmpty()) {
				team.put(role, members);
			}
		}
		return team;
	}

	public int teamSize() {
		return (int) this.memberships.stream()
			.filter(Membership::isActive)
			.map(Membership::getMemberId)
			.distinct()
			.count();
	}

	public List<Membership> pendingRequests() {
		return this.memberships.stream()
			.filter(Membership::isPending)
			.sorted(Comparator.comparing(Membership::getRequestedAt))
			.toList();
	}

	public Optional<Membership> pendingRequestOf(Long memberId) {
		return this.memberships.stream().filter((m) -> m.isPending() && m.belongsTo(memberId)).findFirst();
	}

	/**
	 * The latest join request of this member, so they can see the outcome (also that they
	 * took it back).
	 */
	public Optional<Membership> latestRequestOf(Long memberId) {
		return this.memberships.stream()
			.filter((m) -> m.belongsTo(memberId) && m.getMotivation() != null)
			.max(Comparator.comparing(Membership::getRequestedAt));
	}

	/** Everyone who is or was in the team or asked to join, by member id. */
	public Set<Long> memberIds() {
		Set<Long> ids = new java.util.HashSet<>();
		this.memberships.forEach((membership) -> ids.add(membership.getMemberId()));
		return ids;
	}

	/** Who has which current role, and who asked to join. */
	public TeamRoles roles() {
		java.util.Map<Long, Set<MembershipRole>> active = new java.util.HashMap<>();
		Set<Long> pending = new java.util.HashSet<>();
		for (Membership membership : this.memberships) {
			if (membership.isActive()) {
				active.computeIfAbsent(membership.getMemberId(), (id) -> EnumSet.noneOf(MembershipRole.class))
					.add(membership.getRole());
			}
			else if (membership.isPending()) {
				pending.add(membership.getMemberId());
			}
		}
		return new TeamRoles(active, pending);
	}

	/** What a card shows of this Doetank, without its team. */
	public DoetankCard card() {
		return new DoetankCard(this.id, this.slug, this.title, this.phase, this.status, this.theme, this.diffusietank,
				getVraagstukSummary(), isHistorical() ? java.util.Set.of() : getLookingFor(), this.adopterCount > 0);
	}

	/** How other modules refer to this Doetank. */
	public DoetankRef ref() {
		return new DoetankRef(this.id, this.slug, this.title, this.phase, this.status, isHistorical());
	}

	public boolean isPublic() {
		return this.status.isPublic();
	}

	/** The first sentence of the vraagstuk: what a card shows. */
	public String getVraagstukSummary() {
		String sentence = FIRST_SENTENCE_END.split(this.vraagstuk, 2)[0];
		return (sentence.length() > 180) ? sentence.substring(0, 177).strip() + "…" : sentence;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getVraagstuk() {
		return this.vraagstuk;
	}

	public String getAmbition() {
		return this.ambition;
	}

	public Theme getTheme() {
		return this.theme;
	}

	public List<String> getOrganisations() {
		return List.copyOf(this.organisations);
	}

	public Set<LookingFor> getLookingFor() {
		Set<LookingFor> result = EnumSet.noneOf(LookingFor.class);
		this.lookingFor.forEach((item) -> result.add(LookingFor.valueOf(item)));
		return result;
	}

	public String getLookingForNote() {
		return this.lookingForNote;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public List<Phase> getPhases() {
		return Arrays.asList(Phase.values());
	}

	public DoetankStatus getStatus() {
		return this.status;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	/** The day this record was last kept, for a Doetank from the network's history. */
	public LocalDate getRecordEndsOn() {
		return this.recordEndsOn;
	}

	public boolean isHistorical() {
		return this.recordEndsOn != null;
	}

	/**
	 * Its route and team are open for work: active, and not historical (a historical
	 * Doetank's story is told; nothing happens on it any more).
	 */
	public boolean isOpen() {
		return this.status == DoetankStatus.ACTIEF && !isHistorical();
	}

	public String getTypology() {
		return this.typology;
	}

	public String getUrgency() {
		return this.urgency;
	}

	public String getResult() {
		return this.result;
	}

	public String getStopReason() {
		return this.stopReason;
	}

	public String getLessons() {
		return this.lessons;
	}

	public String getDeclineReason() {
		return this.declineReason;
	}

	public boolean isDiffusietank() {
		return this.diffusietank;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Set<Long> getExpertiseIds() {
		return Set.copyOf(this.expertiseIds);
	}

	/** The collection itself, for loading it before the session closes. */
	Set<Long> expertise() {
		return this.expertiseIds;
	}

	public Long getProposedById() {
		return this.proposedById;
	}

	public long getVersion() {
		return this.version;
	}

}
