package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankAccess;
import nl.clubhuis.doetank.domain.DoetankRepository;
import nl.clubhuis.doetank.domain.RevisionCause;
import nl.clubhuis.doetank.domain.Revisions;
import nl.clubhuis.doetank.domain.Typology;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.clubhuis.audit.AuditFact;
import nl.clubhuis.audit.AuditLog;
import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping a Doetank's page current, and a proposal's life before the intake: every save
 * that changes something writes exactly one revision.
 */
@Service
public class DoetankEditService {

	private final DoetankRepository doetanks;

	private final DoetankAccess access;

	private final Revisions revisions;

	private final ExpertiseVocabulary vocabulary;

	private final Clock clock;

	private final AuditLog audit;

	DoetankEditService(DoetankRepository doetanks, DoetankAccess access, Revisions revisions,
			ExpertiseVocabulary vocabulary, Clock clock, AuditLog audit) {
		this.doetanks = doetanks;
		this.access = access;
		this.revisions = revisions;
		this.vocabulary = vocabulary;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * The Doetank as the edit form starts from it, for someone who may edit it; with the
	 * version to hand back on saving.
	 */
	@Transactional(readOnly = true)
	public DoetankEdit current(String slug, MemberPrincipal editor) {
		Doetank doetank = load(slug, editor);
		if (!this.access.canEdit(doetank, Viewer.of(editor))) {
			throw new AccessDeniedException("only a trekker or coach of this Doetank edits it");
		}
		return new DoetankEdit(doetank.getTitle(), doetank.getVraagstuk(), doetank.getAmbition(), doetank.getTheme(),
				doetank.getOrganisations(), doetank.getStartDate(), doetank.getLookingFor(), doetank.getExpertiseIds(),
				doetank.getLookingForNote(), Typology.parse(doetank.getTypology()),
				Urgency.of(doetank.getUrgency()).orElse(null), doetank.getVersion());
	}

	/**
	 * Saves the edit form; returns whether anything changed. A save on a version older
	 * than the current one is refused with an optimistic locking failure, like two saves
	 * at the same moment: the second person never overwrites the first unseen.
	 */
	@Transactional
	public boolean edit(String slug, DoetankEdit edit, MemberPrincipal editor) {
		return edit(slug, edit, null, editor);
	}

	/**
	 * Saves the edit form with the answers to the intake's questions ({@code null}: left
	 * as they are); see {@link #edit(String, DoetankEdit, MemberPrincipal)}.
	 */
	@Transactional
	public boolean edit(String slug, DoetankEdit edit, ProposalAnswers answers, MemberPrincipal editor) {
		Doetank doetank = load(slug, editor);
		Viewer viewer = Viewer.of(editor);
		if (!this.access.canEdit(doetank, viewer)) {
			throw new AccessDeniedException("only a trekker or coach of this Doetank edits it");
		}
		if (doetank.getVersion() != edit.version()) {
			throw new ObjectOptimisticLockingFailureException(Doetank.class, doetank.getId());
		}
		Map<String, String> before = doetank.described();
		Instant now = this.clock.instant();
		apply(doetank, edit, answers, viewer, now);
		boolean changed = this.revisions.record(doetank, before, editor.id(), RevisionCause.BEWERKING, now);
		this.doetanks.flush();
		if (changed && !doetank.isTrekker(editor.id()) && !doetank.isCoachOf(editor.id())) {
			this.audit.record(AuditFact.steppedIn(editor.id(), doetank.getId(), "DOETANK_EDITED"));
		}
		return changed;
	}

	/**
	 * Whether saving {@code edit} would leave the Doetank as it is now: the same form
	 * sent twice (a double click) after the first one saved it. Nothing is written.
	 */
	@Transactional(readOnly = true)
	public boolean isAsSaved(String slug, DoetankEdit edit, ProposalAnswers answers, MemberPrincipal editor) {
		Doetank doetank = load(slug, editor);
		Viewer viewer = Viewer.of(editor);
		if (!this.access.canEdit(doetank, viewer)) {
			throw new AccessDeniedException("only a trekker or coach of this Doetank edits it");
		}
		Map<String, String> now = doetank.described();
		apply(doetank, edit, answers, viewer, this.clock.instant());
		return doetank.described().equals(now);
	}

	private void apply(Doetank doetank, DoetankEdit edit, ProposalAnswers answers, Viewer viewer, Instant now) {
		doetank.edit(edit, chosenTerms(edit.expertiseIds(), doetank.getExpertiseIds()),
				this.access.canClassify(doetank, viewer), now);
		if (answers != null) {
			doetank.answer(answers);
		}
	}

	/** The author takes back their proposal before the intake. */
	@Transactional
	public void withdraw(String slug, MemberPrincipal author) {
		Doetank doetank = load(slug, author);
		if (!doetank.isTrekker(author.id())) {
			throw new AccessDeniedException("only its author withdraws a proposal");
		}
		Map<String, String> before = doetank.described();
		Instant now = this.clock.instant();
		doetank.withdraw(now);
		this.revisions.record(doetank, before, author.id(), RevisionCause.INGETROKKEN, now);
	}

	/** The author brings a declined or withdrawn proposal in again. */
	@Transactional
	public void bringInAgain(String slug, MemberPrincipal author) {
		Doetank doetank = load(slug, author);
		if (!doetank.isTrekker(author.id())) {
			throw new AccessDeniedException("only its author brings a proposal in again");
		}
		Map<String, String> before = doetank.described();
		Instant now = this.clock.instant();
		doetank.bringInAgain(now);
		this.revisions.record(doetank, before, author.id(), RevisionCause.OPNIEUW_INGEBRACHT, now);
		this.doetanks.flush();
	}

	/**
	 * The terms of the vocabulary among {@code chosen}: offered ones, and retired ones
	 * the Doetank already had. Anything else (a crafted id) is left out.
	 */
	private Set<Long> chosenTerms(Set<Long> chosen, Set<Long> current) {
		return this.vocabulary.byIds(chosen)
			.values()
			.stream()
			.filter((term) -> !term.retired() || current.contains(term.id()))
			.map(Expertise::id)
			.collect(Collectors.toSet());
	}

	private Doetank load(String slug, MemberPrincipal person) {
		Doetank doetank = this.doetanks.findWithTeamBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canView(doetank, Viewer.of(person))) {
			throw new NotFoundException(slug);
		}
		return doetank;
	}

}
