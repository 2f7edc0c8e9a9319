package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.Membership;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A join request is approved by a trekker of that Doetank, and the requester is told
 * either way.
 */
@IntegrationTest
class JoinRequestRulesTest {

	@Autowired
	DoetankService service;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	MemberPrincipal trekker;

	MemberPrincipal coach;

	MemberPrincipal requester;

	String slug;

	@BeforeEach
	void anActiveDoetankAndSomeoneWhoWantsToJoin() {
		this.trekker = this.people.member("Tessa Trekker");
		this.coach = this.people.coach("Cor Coach");
		this.requester = this.people.member("Rik Aanvrager");
		this.slug = this.doetanks.active(this.trekker, this.coach);
		this.service.requestToJoin(this.slug, "Ik werk hier dagelijks mee.", this.requester);
	}

	@Test
	void theTrekkerApprovesAndTheRequesterJoinsTheTeam() {
		this.service.approveRequest(this.slug, requestId(), this.trekker);

		Doetank doetank = this.doetanks.load(this.slug, this.requester);
		assertThat(doetank.isMember(this.requester.id())).isTrue();
		assertThat(doetank.team(Long::compare).get(MembershipRole.LID)).extracting(Membership::getMemberId)
			.contains(this.requester.id());
		assertThat(doetank.latestRequestOf(this.requester.id()))
			.hasValueSatisfying((request) -> assertThat(request.getState()).isEqualTo(MembershipState.ACTIEF));
	}

	@Test
	void theTrekkerDeclinesAndTheRequesterSeesWhy() {
		this.service.declineRequest(this.slug, requestId(), "We zoeken nu vooral eindgebruikers.", this.trekker);

		Doetank doetank = this.doetanks.load(this.slug, this.requester);
		assertThat(doetank.isMember(this.requester.id())).isFalse();
		assertThat(doetank.latestRequestOf(this.requester.id())).hasValueSatisfying((request) -> {
			assertThat(request.getState()).isEqualTo(MembershipState.AFGEWEZEN);
			assertThat(request.getDecisionNote()).isEqualTo("We zoeken nu vooral eindgebruikers.");
		});
	}

	@Test
	void noOneButATrekkerOfThatDoetankDecides() {
		MemberPrincipal trekkerElsewhere = this.people.member("Olga Andere-Trekker");
		this.doetanks.active(trekkerElsewhere, this.coach);
		Long requestId = requestId();

		assertThatThrownBy(() -> this.service.approveRequest(this.slug, requestId, trekkerElsewhere))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.approveRequest(this.slug, requestId, this.requester))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.approveRequest(this.slug, requestId, this.coach))
			.as("the coach guides the team but does not pick its members")
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.doetanks.load(this.slug, this.requester).isMember(this.requester.id())).isFalse();
	}

	@Test
	void aBeheerderMayStepIn() {
		this.service.approveRequest(this.slug, requestId(), this.people.beheerder("Bas Beheerder"));

		assertThat(this.doetanks.load(this.slug, null).isMember(this.requester.id())).isTrue();
	}

	@Test
	void aRequestIsDecidedOnlyOnce() {
		Long requestId = requestId();
		this.service.approveRequest(this.slug, requestId, this.trekker);

		assertThatThrownBy(() -> this.service.declineRequest(this.slug, requestId, null, this.trekker))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void oneOpenRequestPerPersonAndNoneForMembers() {
		assertThatThrownBy(() -> this.service.requestToJoin(this.slug, "Nog een keer", this.requester))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("doetank.rule.alreadyRequested");
		assertThatThrownBy(() -> this.service.requestToJoin(this.slug, "Ik ben de trekker", this.trekker))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("doetank.rule.alreadyMember");
	}

	@Test
	void onlyAnActiveDoetankTakesJoinRequests() {
		String proposal = this.doetanks.proposal(this.people.member("Paula Voorstel"));

		assertThatThrownBy(() -> this.service.requestToJoin(proposal, "Mag ik meedoen?", this.coach))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("doetank.rule.joinOnlyActive");
	}

	private Long requestId() {
		return this.doetanks.pendingRequestId(this.slug, this.requester);
	}

}
