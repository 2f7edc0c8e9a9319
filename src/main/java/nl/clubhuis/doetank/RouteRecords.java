package nl.clubhuis.doetank;

import java.time.Clock;
import java.util.Optional;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the trekker and coach keep along the route: the adoption agreement and the
 * business case.
 */
@Service
public class RouteRecords {

	private final DoetankRepository doetanks;

	private final AdoptionAgreementRepository agreements;

	private final BusinessCaseLineRepository businessCase;

	private final DoetankAccess access;

	private final MemberService members;

	private final Clock clock;

	RouteRecords(DoetankRepository doetanks, AdoptionAgreementRepository agreements,
			BusinessCaseLineRepository businessCase, DoetankAccess access, MemberService members, Clock clock) {
		this.doetanks = doetanks;
		this.agreements = agreements;
		this.businessCase = businessCase;
		this.access = access;
		this.members = members;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<AdoptionAgreement> agreement(Doetank doetank) {
		return this.agreements.findForDoetank(doetank.getId());
	}

	@Transactional(readOnly = true)
	public BusinessCase businessCase(Doetank doetank) {
		return new BusinessCase(this.businessCase.findForDoetank(doetank.getId()));
	}

	/** The Doetank whose adoption agreement {@code person} may record, or why not. */
	@Transactional(readOnly = true)
	public Doetank forAdoptionAgreement(String slug, MemberPrincipal person) {
		Doetank doetank = loadForRecords(slug, person);
		if (doetank.getPhase().isBefore(Phase.ADOPTEREN)) {
			throw new RuleViolationException("adoption.rule.fromAdopteren");
		}
		return doetank;
	}

	@Transactional
	public void recordAdoptionAgreement(String slug, AdoptionAgreementForm form, MemberPrincipal person) {
		Doetank doetank = forAdoptionAgreement(slug, person);
		AdoptionAgreement agreement = this.agreements.findForDoetank(doetank.getId())
			.orElseGet(() -> new AdoptionAgreement(doetank));
		agreement.record(form, this.members.reference(person.id()), this.clock.instant());
		this.agreements.save(agreement);
	}

	@Transactional
	public void addBusinessCaseLine(String slug, BusinessCaseForm form, MemberPrincipal person) {
		Doetank doetank = loadForRecords(slug, person);
		this.businessCase
			.save(new BusinessCaseLine(doetank, form, this.members.reference(person.id()), this.clock.instant()));
	}

	@Transactional
	public void removeBusinessCaseLine(String slug, Long lineId, MemberPrincipal person) {
		Doetank doetank = loadForRecords(slug, person);
		BusinessCaseLine line = this.businessCase.findById(lineId)
			.filter((l) -> l.belongsTo(doetank))
			.orElseThrow(() -> new NotFoundException("business case line " + lineId));
		this.businessCase.delete(line);
	}

	private Doetank loadForRecords(String slug, MemberPrincipal person) {
		Doetank doetank = this.doetanks.findWithTeamBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canView(doetank, person)) {
			throw new NotFoundException(slug);
		}
		if (!this.access.canKeepRouteRecords(doetank, person)) {
			throw new AccessDeniedException("only the trekker and coach keep the route records");
		}
		if (doetank.getStatus() != DoetankStatus.ACTIEF) {
			throw new RuleViolationException("gate.rule.routeEnded");
		}
		return doetank;
	}

}
