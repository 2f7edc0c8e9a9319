package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An active Doetank always keeps a trekker. */
@IntegrationTest
class LastTrekkerRuleTest {

	@Autowired
	DoetankService service;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Test
	void theLastTrekkerCannotLeaveAnActiveDoetank() {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));

		assertThatThrownBy(() -> this.service.leave(slug, trekker)).isInstanceOf(RuleViolationException.class)
			.hasMessage("doetank.rule.lastTrekker");
		assertThat(this.doetanks.load(slug, null).isTrekker(trekker.id())).isTrue();
	}

	@Test
	void aMemberMayLeave() {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		MemberPrincipal member = this.people.member("Lex Lid");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		this.service.requestToJoin(slug, "Graag", member);
		this.service.approveRequest(slug, this.doetanks.pendingRequestId(slug, member), trekker);

		this.service.leave(slug, member);

		assertThat(this.doetanks.load(slug, null).isMember(member.id())).isFalse();
	}

	@Test
	void aTrekkerMayLeaveWhileAnotherTrekkerStays() {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		MemberPrincipal secondTrekker = this.people.member("Tim Tweede-Trekker");
		this.doetanks.addTrekker(slug, secondTrekker);

		this.service.leave(slug, trekker);

		Doetank doetank = this.doetanks.load(slug, null);
		assertThat(doetank.isTrekker(trekker.id())).isFalse();
		assertThat(doetank.isTrekker(secondTrekker.id())).isTrue();
	}

	@Test
	void theAuthorCannotLeaveTheirOwnProposal() {
		MemberPrincipal author = this.people.member("Ans Auteur");
		String slug = this.doetanks.proposal(author);

		assertThatThrownBy(() -> this.service.leave(slug, author)).isInstanceOf(RuleViolationException.class)
			.hasMessage("doetank.rule.lastTrekker");
	}

	@Test
	void theTrekkerHandsOverToAMemberAndThenMayLeave() {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		MemberPrincipal member = this.people.member("Lex Lid");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		this.service.requestToJoin(slug, "Graag", member);
		Long membershipId = this.doetanks.pendingRequestId(slug, member);
		this.service.approveRequest(slug, membershipId, trekker);

		this.service.appointTrekker(slug, membershipId, trekker);
		this.service.leave(slug, trekker);

		Doetank doetank = this.doetanks.load(slug, null);
		assertThat(doetank.isTrekker(member.id())).isTrue();
		assertThat(doetank.isMember(trekker.id())).isFalse();
		assertThat(doetank.activeMembers(MembershipRole.LID)).noneMatch((m) -> m.belongsTo(member.id()));
	}

	@Test
	void onlyATrekkerAppointsATrekker() {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		MemberPrincipal member = this.people.member("Lex Lid");
		String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
		this.service.requestToJoin(slug, "Graag", member);
		Long membershipId = this.doetanks.pendingRequestId(slug, member);
		this.service.approveRequest(slug, membershipId, trekker);

		assertThatThrownBy(() -> this.service.appointTrekker(slug, membershipId, member))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThat(this.doetanks.load(slug, null).isTrekker(member.id())).isFalse();
	}

	@Test
	void theLastTrekkerMayLeaveADoetankThatIsNoLongerActive() {
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		String slug = this.doetanks.proposal(trekker);
		this.service.decline(slug, TestDoetanks.DECLINING, "Past niet bij het netwerk", this.people.coach("Cor Coach"));

		this.service.leave(slug, trekker);

		assertThat(this.doetanks.load(slug, this.people.coach("Cor Coach")).isTrekker(trekker.id())).isFalse();
	}

}
