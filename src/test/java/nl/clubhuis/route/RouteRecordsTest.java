package nl.clubhuis.route;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;

import nl.clubhuis.route.domain.AdoptionAgreement;
import nl.clubhuis.route.domain.BusinessCase;
import nl.clubhuis.route.domain.BusinessCaseLine;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The adoption agreement and the business case are kept by the trekker and the coach. */
@IntegrationTest
class RouteRecordsTest {

	@Autowired
	RouteRecords records;

	@Autowired
	GateReviewService reviews;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	MemberPrincipal trekker;

	MemberPrincipal coach;

	String slug;

	@BeforeEach
	void anActiveDoetank() {
		this.trekker = this.people.member("Tessa Trekker");
		this.coach = this.people.coach("Cor Coach");
		this.slug = this.doetanks.active(this.trekker, this.coach);
	}

	@Test
	void theAdoptionAgreementIsRecordedFromAdopterenOn() {
		assertThatThrownBy(() -> this.records.recordAdoptionAgreement(this.slug, agreement(), this.trekker))
			.isInstanceOf(RuleViolationException.class);
		this.reviews.record(this.slug, this.doetanks.review(this.slug, GateDecision.Kind.DOOR), this.coach);
		this.reviews.record(this.slug, this.doetanks.review(this.slug, GateDecision.Kind.DOOR), this.coach);

		this.records.recordAdoptionAgreement(this.slug, agreement(), this.trekker);

		AdoptionAgreement recorded = this.records.agreement(this.doetanks.load(this.slug, null).getId()).orElseThrow();
		assertThat(recorded.getDecisionMaker()).isEqualTo("Directeur Publiekszaken");
		assertThat(recorded.getOpdrachtgever()).isEqualTo("Teamleider Burgerzaken");
		assertThatThrownBy(
				() -> this.records.recordAdoptionAgreement(this.slug, agreement(), this.people.member("Mila Lid")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theBusinessCaseGrowsAndShrinksLineByLine() {
		this.records.addBusinessCaseLine(this.slug,
				line(BusinessCaseEntry.Side.KOSTEN, BusinessCaseEntry.Dimension.TIJD, "Uren van het team"),
				this.trekker);
		this.records.addBusinessCaseLine(this.slug,
				line(BusinessCaseEntry.Side.BATEN, BusinessCaseEntry.Dimension.GELD, "Minder bezwaarprocedures"),
				this.coach);

		BusinessCase businessCase = this.records.businessCase(this.doetanks.load(this.slug, null).getId());
		assertThat(businessCase.lines(BusinessCaseEntry.Dimension.TIJD, BusinessCaseEntry.Side.KOSTEN))
			.extracting(BusinessCaseLine::getDescription)
			.containsExactly("Uren van het team");
		assertThat(businessCase.lines(BusinessCaseEntry.Dimension.GELD, BusinessCaseEntry.Side.BATEN)).singleElement()
			.satisfies((line) -> assertThat(line.getPhase()).isEqualTo(Phase.INITIEREN));

		Long lineId = businessCase.lines().get(0).getId();
		String otherDoetank = this.doetanks.active(this.people.member("Andere Trekker"), this.coach);
		assertThatThrownBy(() -> this.records.removeBusinessCaseLine(otherDoetank, lineId, this.coach))
			.as("a line is removed only through its own Doetank")
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.records.addBusinessCaseLine(this.slug,
				line(BusinessCaseEntry.Side.BATEN, BusinessCaseEntry.Dimension.KWALITEIT, "Blijere inwoners"),
				this.people.member("Mila Lid")))
			.isInstanceOf(AccessDeniedException.class);

		this.records.removeBusinessCaseLine(this.slug, lineId, this.trekker);
		assertThat(this.records.businessCase(this.doetanks.load(this.slug, null).getId()).lines()).hasSize(1);
	}

	private static AdoptionTerms agreement() {
		return new AdoptionTerms("Directeur Publiekszaken", "Teamleider Burgerzaken",
				"Twee dagen per week voor twee medewerkers, drie maanden lang.", null,
				"Elke vier weken een half uur bij de directeur.");
	}

	private static BusinessCaseEntry line(BusinessCaseEntry.Side side, BusinessCaseEntry.Dimension dimension,
			String description) {
		return new BusinessCaseEntry(side, dimension, description, "4 uur per week");
	}

}
