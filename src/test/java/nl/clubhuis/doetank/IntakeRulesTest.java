package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A new vraagstuk waits for intake, and only a coach takes it in. */
@IntegrationTest
class IntakeRulesTest {

	@Autowired
	DoetankService service;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Test
	void aProposalIsSavedAsVoorstelWithItsAuthorAsTrekker() {
		MemberPrincipal author = this.people.member("Ans Auteur");
		String slug = this.doetanks.proposal(author);

		Doetank proposal = this.doetanks.load(slug, author);
		assertThat(proposal.getStatus()).isEqualTo(DoetankStatus.VOORSTEL);
		assertThat(proposal.getPhase()).isNull();
		assertThat(proposal.isTrekker(author.id())).isTrue();
	}

	@Test
	void bringingInTheSameProposalTwiceGivesTheOneAlreadyWaiting() {
		MemberPrincipal author = this.people.member("Dubbel Klikker");
		DoetankDetails details = TestDoetanks.details("Dubbel");

		assertThat(this.service.propose(details, author)).isEqualTo(this.service.propose(details, author));
	}

	@Test
	void aProposalIsVisibleOnlyToItsAuthorAndTheNetworksCoaches() {
		MemberPrincipal author = this.people.member("Ans Auteur");
		String slug = this.doetanks.proposal(author);

		assertThat(this.doetanks.load(slug, this.people.coach("Cor Coach")).getSlug()).isEqualTo(slug);
		assertThatThrownBy(() -> this.doetanks.load(slug, this.people.member("Nina Nieuwsgierig")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.doetanks.load(slug, null)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aCoachAcceptsAProposalAndBecomesItsCoach() {
		MemberPrincipal author = this.people.member("Ans Auteur");
		MemberPrincipal coach = this.people.coach("Cor Coach");
		String slug = this.doetanks.proposal(author);

		this.service.accept(slug, TestDoetanks.ACCEPTING, coach);

		Doetank doetank = this.doetanks.load(slug, null);
		assertThat(doetank.getStatus()).isEqualTo(DoetankStatus.ACTIEF);
		assertThat(doetank.getPhase()).isEqualTo(Phase.INITIEREN);
		assertThat(doetank.getStartDate()).isNotNull();
		assertThat(doetank.isCoachOf(coach.id())).isTrue();
	}

	@Test
	void aMemberWhoIsNotACoachCannotTakeInAProposalNotEvenTheirOwn() {
		MemberPrincipal author = this.people.member("Ans Auteur");
		String slug = this.doetanks.proposal(author);

		assertThatThrownBy(() -> this.service.accept(slug, TestDoetanks.ACCEPTING, author))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.decline(slug, TestDoetanks.DECLINING, "Nee", author))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.doetanks.load(slug, author).getStatus()).isEqualTo(DoetankStatus.VOORSTEL);
	}

	@Test
	void aDeclinedProposalStaysVisibleToItsAuthorWithTheReason() {
		MemberPrincipal author = this.people.member("Ans Auteur");
		String slug = this.doetanks.proposal(author);

		this.service.decline(slug, TestDoetanks.DECLINING, "Dit loopt al in het programma Echt werk.",
				this.people.coach("Cor Coach"));

		Doetank declined = this.doetanks.load(slug, author);
		assertThat(declined.getStatus()).isEqualTo(DoetankStatus.AFGEWEZEN);
		assertThat(declined.getDeclineReason()).isEqualTo("Dit loopt al in het programma Echt werk.");
		assertThatThrownBy(() -> this.doetanks.load(slug, null)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aProposalIsTakenInOnlyOnce() {
		MemberPrincipal coach = this.people.coach("Cor Coach");
		String slug = this.doetanks.active(this.people.member("Ans Auteur"), coach);

		assertThatThrownBy(
				() -> this.service.decline(slug, TestDoetanks.DECLINING, "Toch niet", this.people.coach("Dirk Coach")))
			.isInstanceOf(RuleViolationException.class);
		assertThat(this.doetanks.load(slug, null).getStatus()).isEqualTo(DoetankStatus.ACTIEF);
	}

}
