package nl.clubhuis.route;

import java.time.Clock;
import java.util.Optional;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.domain.AdoptionAgreement;
import nl.clubhuis.route.domain.AdoptionAgreementRepository;
import nl.clubhuis.route.domain.BusinessCase;
import nl.clubhuis.route.domain.BusinessCaseLine;
import nl.clubhuis.route.domain.BusinessCaseLineRepository;
import nl.clubhuis.route.domain.RouteAccess;
import nl.clubhuis.route.domain.SteppingIn;
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

	private final Doetanks doetanks;

	private final AdoptionAgreementRepository agreements;

	private final BusinessCaseLineRepository businessCase;

	private final Clock clock;

	private final SteppingIn steppingIn;

	RouteRecords(Doetanks doetanks, AdoptionAgreementRepository agreements, BusinessCaseLineRepository businessCase,
			Clock clock, SteppingIn steppingIn) {
		this.steppingIn = steppingIn;
		this.doetanks = doetanks;
		this.agreements = agreements;
		this.businessCase = businessCase;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<AdoptionAgreement> agreement(Long doetankId) {
		return this.agreements.findForDoetank(doetankId);
	}

	@Transactional(readOnly = true)
	public BusinessCase businessCase(Long doetankId) {
		return new BusinessCase(this.businessCase.findForDoetank(doetankId));
	}

	/** The Doetank whose adoption agreement {@code person} may record, or why not. */
	@Transactional(readOnly = true)
	public DoetankRef forAdoptionAgreement(String slug, MemberPrincipal person) {
		DoetankRef doetank = loadForRecords(slug, person);
		if (doetank.phase().isBefore(Phase.ADOPTEREN)) {
			throw new RuleViolationException("adoption.rule.fromAdopteren");
		}
		return doetank;
	}

	@Transactional
	public void recordAdoptionAgreement(String slug, AdoptionTerms terms, MemberPrincipal person) {
		DoetankRef doetank = forAdoptionAgreement(slug, person);
		AdoptionAgreement agreement = this.agreements.findForDoetank(doetank.id())
			.orElseGet(() -> new AdoptionAgreement(doetank.id()));
		agreement.record(terms, person.id(), this.clock.instant());
		this.agreements.save(agreement);
		steppedIn(doetank, person, "ADOPTION_AGREEMENT_RECORDED");
	}

	@Transactional
	public void addBusinessCaseLine(String slug, BusinessCaseEntry entry, MemberPrincipal person) {
		DoetankRef doetank = loadForRecords(slug, person);
		this.businessCase.save(new BusinessCaseLine(doetank, entry, person.id(), this.clock.instant()));
		steppedIn(doetank, person, "BUSINESS_CASE_CHANGED");
	}

	@Transactional
	public void removeBusinessCaseLine(String slug, Long lineId, MemberPrincipal person) {
		DoetankRef doetank = loadForRecords(slug, person);
		BusinessCaseLine line = this.businessCase.findById(lineId)
			.filter((l) -> l.belongsTo(doetank))
			.orElseThrow(() -> new NotFoundException("business case line " + lineId));
		this.businessCase.delete(line);
		steppedIn(doetank, person, "BUSINESS_CASE_CHANGED");
	}

	/** Looks the team up again only for a beheerder, so others pay nothing for it. */
	private void steppedIn(DoetankRef doetank, MemberPrincipal person, String action) {
		if (person.isBeheerder()) {
			this.steppingIn.recordIfSteppedIn(doetank.id(), this.doetanks.team(doetank.id()), person, action);
		}
	}

	private DoetankRef loadForRecords(String slug, MemberPrincipal person) {
		Doetanks.Visible visible = this.doetanks.forAction(slug, Viewer.of(person));
		if (!RouteAccess.keepsRecords(visible.team(), Viewer.of(person))) {
			throw new AccessDeniedException("only the trekker and coach keep the route records");
		}
		if (!visible.doetank().isActive()) {
			throw new RuleViolationException("gate.rule.routeEnded");
		}
		return visible.doetank();
	}

}
