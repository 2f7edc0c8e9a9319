package nl.clubhuis.doetank;

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
		this.reviews.record(this.slug, this.doetanks.review(this.slug, GateDecision.DOOR), this.coach);
		this.reviews.record(this.slug, this.doetanks.review(this.slug, GateDecision.DOOR), this.coach);

		this.records.recordAdoptionAgreement(this.slug, agreement(), this.trekker);

		AdoptionAgreement recorded = this.records.agreement(this.doetanks.load(this.slug, null)).orElseThrow();
		assertThat(recorded.getDecisionMaker()).isEqualTo("Directeur Publiekszaken");
		assertThat(recorded.getOpdrachtgever()).isEqualTo("Teamleider Burgerzaken");
		assertThatThrownBy(
				() -> this.records.recordAdoptionAgreement(this.slug, agreement(), this.people.member("Mila Lid")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theBusinessCaseGrowsAndShrinksLineByLine() {
		this.records.addBusinessCaseLine(this.slug,
				line(BusinessCaseLine.Side.KOSTEN, BusinessCaseLine.Dimension.TIJD, "Uren van het team"), this.trekker);
		this.records.addBusinessCaseLine(this.slug,
				line(BusinessCaseLine.Side.BATEN, BusinessCaseLine.Dimension.GELD, "Minder bezwaarprocedures"),
				this.coach);

		BusinessCase businessCase = this.records.businessCase(this.doetanks.load(this.slug, null));
		assertThat(businessCase.lines(BusinessCaseLine.Dimension.TIJD, BusinessCaseLine.Side.KOSTEN))
			.extracting(BusinessCaseLine::getDescription)
			.containsExactly("Uren van het team");
		assertThat(businessCase.lines(BusinessCaseLine.Dimension.GELD, BusinessCaseLine.Side.BATEN)).singleElement()
			.satisfies((line) -> assertThat(line.getPhase()).isEqualTo(Phase.INITIEREN));

		Long lineId = businessCase.lines().get(0).getId();
		String otherDoetank = this.doetanks.active(this.people.member("Andere Trekker"), this.coach);
		assertThatThrownBy(() -> this.records.removeBusinessCaseLine(otherDoetank, lineId, this.coach))
			.as("a line is removed only through its own Doetank")
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.records.addBusinessCaseLine(this.slug,
				line(BusinessCaseLine.Side.BATEN, BusinessCaseLine.Dimension.KWALITEIT, "Blijere inwoners"),
				this.people.member("Mila Lid")))
			.isInstanceOf(AccessDeniedException.class);

		this.records.removeBusinessCaseLine(this.slug, lineId, this.trekker);
		assertThat(this.records.businessCase(this.doetanks.load(this.slug, null)).lines()).hasSize(1);
	}

	private static AdoptionAgreementForm agreement() {
		AdoptionAgreementForm form = new AdoptionAgreementForm();
		form.setDecisionMaker("Directeur Publiekszaken");
		form.setOpdrachtgever("Teamleider Burgerzaken");
		form.setConditions("Twee dagen per week voor twee medewerkers, drie maanden lang.");
		form.setFeedbackMoments("Elke vier weken een half uur bij de directeur.");
		return form;
	}

	private static BusinessCaseForm line(BusinessCaseLine.Side side, BusinessCaseLine.Dimension dimension,
			String description) {
		BusinessCaseForm form = new BusinessCaseForm();
		form.setSide(side);
		form.setDimension(dimension);
		form.setDescription(description);
		form.setAmount("4 uur per week");
		return form;
	}

}
