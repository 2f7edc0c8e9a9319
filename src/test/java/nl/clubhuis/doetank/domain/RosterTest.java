package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.MembershipState;
import nl.clubhuis.doetank.Ring;
import nl.clubhuis.doetank.TestDoetanks;

import java.time.Instant;
import java.time.LocalDate;

import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The team's rules, without Spring or a database: join requests with a role, withdrawn;
 * invitations answered once; roles, rings and memberships changed without losing the last
 * trekker; coaches assigned, never made by the team.
 */
class RosterTest {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	static final long TREKKER = 1L;

	static final long COACH = 2L;

	static final long ANNA = 3L;

	static final long BERT = 4L;

	Doetank doetank;

	@BeforeEach
	void anActiveDoetank() {
		this.doetank = Doetank.propose("team", TestDoetanks.details("Team"), TREKKER, NOW);
		this.doetank.accept(nl.clubhuis.doetank.TestDoetanks.ACCEPTING, COACH, NOW, TODAY);
	}

	@Test
	void aJoinRequestNamesARoleAnOutsiderMayAskFor() {
		this.doetank.requestToJoin(ANNA, MembershipRole.EINDGEBRUIKER, "Ik gebruik het zelf.", NOW);

		assertThat(this.doetank.pendingRequestOf(ANNA))
			.hasValueSatisfying((request) -> assertThat(request.getRole()).isEqualTo(MembershipRole.EINDGEBRUIKER));
		for (MembershipRole role : new MembershipRole[] { MembershipRole.TREKKER, MembershipRole.COACH }) {
			assertThatThrownBy(() -> this.doetank.requestToJoin(BERT, role, "Mag ik?", NOW))
				.isInstanceOf(RuleViolationException.class)
				.hasMessage("doetank.rule.roleNotOpen");
		}
		assertThat(MembershipRole.openToOutsiders()).containsExactly(MembershipRole.LID,
				MembershipRole.PROBLEEMEIGENAAR, MembershipRole.OPDRACHTGEVER, MembershipRole.SUPPORTER,
				MembershipRole.EINDGEBRUIKER);
	}

	@Test
	void theRequesterWithdrawsAndMayAskAgain() {
		this.doetank.requestToJoin(ANNA, MembershipRole.LID, "Graag.", NOW);

		this.doetank.roster().withdrawRequest(ANNA, NOW);

		assertThat(this.doetank.pendingRequestOf(ANNA)).isEmpty();
		assertThat(this.doetank.latestRequestOf(ANNA))
			.hasValueSatisfying((request) -> assertThat(request.getState()).isEqualTo(MembershipState.INGETROKKEN));
		assertThatThrownBy(() -> this.doetank.roster().withdrawRequest(ANNA, NOW))
			.as("a second click withdraws nothing more")
			.hasMessage("doetank.rule.noSuchRequest");
		this.doetank.requestToJoin(ANNA, MembershipRole.SUPPORTER, "Toch graag.", NOW.plusSeconds(60));
		assertThat(this.doetank.pendingRequestOf(ANNA)).isPresent();
	}

	@Test
	void anInvitationIsAnsweredOnceAndOnlyInvitesOutsiders() {
		Roster roster = this.doetank.roster();
		Membership invitation = roster.invite(ANNA, MembershipRole.OPDRACHTGEVER, Ring.SCHIL, TREKKER, NOW);

		assertThat(roster.invite(ANNA, MembershipRole.OPDRACHTGEVER, Ring.SCHIL, TREKKER, NOW))
			.as("the same invitation twice is one invitation")
			.isSameAs(invitation);
		assertThat(roster.openInvitations()).hasSize(1);
		assertThatThrownBy(() -> roster.invite(ANNA, MembershipRole.LID, Ring.KERN, TREKKER, NOW))
			.hasMessage("doetank.rule.alreadyInvited");
		assertThatThrownBy(() -> this.doetank.requestToJoin(ANNA, MembershipRole.LID, "Ook vragen?", NOW))
			.hasMessage("doetank.rule.alreadyInvited");
		assertThatThrownBy(() -> roster.invite(TREKKER, MembershipRole.LID, Ring.KERN, TREKKER, NOW))
			.hasMessage("doetank.rule.inviteeIsMember");
		assertThatThrownBy(() -> roster.invite(BERT, MembershipRole.COACH, Ring.KERN, TREKKER, NOW))
			.hasMessage("doetank.rule.roleNotOpen");
		this.doetank.requestToJoin(BERT, MembershipRole.LID, "Graag.", NOW);
		assertThatThrownBy(() -> roster.invite(BERT, MembershipRole.LID, Ring.KERN, TREKKER, NOW))
			.hasMessage("doetank.rule.inviteeAsked");

		roster.answerInvitation(invitation, true, NOW, TODAY);
		roster.answerInvitation(invitation, true, NOW, TODAY);

		assertThat(this.doetank.activeMembers(MembershipRole.OPDRACHTGEVER)).singleElement().satisfies((m) -> {
			assertThat(m.belongsTo(ANNA)).isTrue();
			assertThat(m.getRing()).isEqualTo(Ring.SCHIL);
			assertThat(m.getSince()).isEqualTo(TODAY);
		});
		assertThatThrownBy(() -> roster.answerInvitation(invitation, false, NOW, TODAY))
			.hasMessage("doetank.rule.noSuchInvitation");
	}

	@Test
	void aDeclinedOrWithdrawnInvitationLeavesTheTeamAsItWas() {
		Roster roster = this.doetank.roster();
		Membership declined = roster.invite(ANNA, MembershipRole.LID, Ring.KERN, TREKKER, NOW);
		roster.answerInvitation(declined, false, NOW, TODAY);
		roster.invite(BERT, MembershipRole.SUPPORTER, Ring.SCHIL, TREKKER, NOW);
		roster.withdrawInvitation(BERT, NOW);

		assertThat(declined.getState()).isEqualTo(MembershipState.AFGESLAGEN);
		assertThat(this.doetank.isMember(ANNA)).isFalse();
		assertThat(this.doetank.isMember(BERT)).isFalse();
		assertThat(roster.openInvitations()).isEmpty();
		assertThatThrownBy(() -> roster.withdrawInvitation(BERT, NOW)).hasMessage("doetank.rule.noSuchInvitation");
	}

	@Test
	void aRoleChangesWithItsRingKeptButNeverToOrFromCoachNorAwayFromTheLastTrekker() {
		Membership anna = join(ANNA, MembershipRole.LID);
		this.doetank.roster().moveTo(anna, Ring.SCHIL, NOW);

		Membership opdrachtgever = this.doetank.roster().changeRole(anna, MembershipRole.OPDRACHTGEVER, NOW, TODAY);

		assertThat(opdrachtgever.getRole()).isEqualTo(MembershipRole.OPDRACHTGEVER);
		assertThat(opdrachtgever.getRing()).isEqualTo(Ring.SCHIL);
		assertThat(anna.getState()).as("the old role is history").isEqualTo(MembershipState.BEEINDIGD);
		assertThatThrownBy(() -> this.doetank.roster().changeRole(anna, MembershipRole.LID, NOW, TODAY))
			.as("a second click on the old role")
			.hasMessage("doetank.rule.notInTeam");
		assertThatThrownBy(() -> this.doetank.roster().changeRole(opdrachtgever, MembershipRole.COACH, NOW, TODAY))
			.hasMessage("doetank.rule.coachesAreAssigned");
		assertThatThrownBy(() -> this.doetank.roster()
			.changeRole(current(COACH, MembershipRole.COACH), MembershipRole.LID, NOW, TODAY))
			.hasMessage("doetank.rule.coachesAreAssigned");
		assertThatThrownBy(() -> this.doetank.roster()
			.changeRole(current(TREKKER, MembershipRole.TREKKER), MembershipRole.LID, NOW, TODAY))
			.hasMessage("doetank.rule.lastTrekker");

		this.doetank.roster().changeRole(opdrachtgever, MembershipRole.TREKKER, NOW, TODAY);
		this.doetank.roster().changeRole(current(TREKKER, MembershipRole.TREKKER), MembershipRole.LID, NOW, TODAY);
		assertThat(this.doetank.isTrekker(ANNA)).isTrue();
		assertThat(this.doetank.isTrekker(TREKKER)).isFalse();
	}

	@Test
	void endingARoleKeepsTheLastTrekkerAndSaysWhetherThePersonIsOut() {
		Membership lid = join(ANNA, MembershipRole.LID);
		Membership supporter = this.doetank.addMember(ANNA, MembershipRole.SUPPORTER, NOW, TODAY);

		assertThat(this.doetank.roster().end(lid, "Dank je wel!", NOW, TODAY)).as("still a supporter").isFalse();
		assertThat(lid.getDecisionNote()).isEqualTo("Dank je wel!");
		assertThat(this.doetank.roster().end(supporter, null, NOW, TODAY)).as("out of the team").isTrue();
		assertThat(this.doetank.isMember(ANNA)).isFalse();
		assertThatThrownBy(() -> this.doetank.roster().end(lid, null, NOW, TODAY)).hasMessage("doetank.rule.notInTeam");
		assertThatThrownBy(() -> this.doetank.roster().end(current(TREKKER, MembershipRole.TREKKER), null, NOW, TODAY))
			.hasMessage("doetank.rule.lastTrekker");
		assertThat(this.doetank.isTrekker(TREKKER)).isTrue();
	}

	@Test
	void aCoachIsAssignedOnceAndOnlyWhileTheDoetankIsActive() {
		Membership coach = this.doetank.roster().assignCoach(BERT, NOW, TODAY);

		assertThat(this.doetank.roster().assignCoach(BERT, NOW, TODAY)).isSameAs(coach);
		assertThat(this.doetank.activeMembers(MembershipRole.COACH)).hasSize(2);

		Doetank proposal = Doetank.propose("voorstel", TestDoetanks.details("Voorstel"), TREKKER, NOW);
		assertThatThrownBy(() -> proposal.roster().assignCoach(BERT, NOW, TODAY))
			.hasMessage("doetank.rule.teamOnlyWhileActive");
		assertThatThrownBy(() -> proposal.roster().invite(ANNA, MembershipRole.LID, Ring.KERN, TREKKER, NOW))
			.hasMessage("doetank.rule.teamOnlyWhileActive");
	}

	private Membership join(long memberId, MembershipRole role) {
		return this.doetank.addMember(memberId, role, NOW, TODAY);
	}

	private Membership current(long memberId, MembershipRole role) {
		return this.doetank.activeMembers(role).stream().filter((m) -> m.belongsTo(memberId)).findFirst().orElseThrow();
	}

}
