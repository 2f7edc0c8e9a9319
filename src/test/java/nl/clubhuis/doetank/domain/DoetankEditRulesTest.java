package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.DoetankDetails;
import nl.clubhuis.doetank.DoetankEdit;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Theme;
import nl.clubhuis.doetank.TypologyCode;
import nl.clubhuis.doetank.Urgency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who edits a Doetank, what a save changes and which fields a revision names: the rules
 * without Spring.
 */
class DoetankEditRulesTest {

	static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

	static final long AUTHOR = 1L;

	static final long COACH = 2L;

	static final long OTHER = 3L;

	final DoetankAccess access = new DoetankAccess();

	@Test
	void theTrekkerAndTheDoetanksOwnCoachEditAndABeheerderMayStepIn() {
		Doetank doetank = withCoach();

		assertThat(this.access.canEdit(doetank, viewer(AUTHOR, GlobalRole.LID))).isTrue();
		assertThat(this.access.canEdit(doetank, viewer(COACH, GlobalRole.COACH))).isTrue();
		assertThat(this.access.canEdit(doetank, viewer(OTHER, GlobalRole.BEHEERDER))).isTrue();
		assertThat(this.access.canEdit(doetank, viewer(OTHER, GlobalRole.LID))).isFalse();
		assertThat(this.access.canEdit(doetank, viewer(OTHER, GlobalRole.COACH))).as("a network coach of others")
			.isFalse();
		assertThat(this.access.canEdit(doetank, Viewer.anonymous())).isFalse();
	}

	@Test
	void onlyACoachOrABeheerderSetsTypologyAndUrgency() {
		Doetank doetank = withCoach();

		assertThat(this.access.canClassify(doetank, viewer(AUTHOR, GlobalRole.LID))).isFalse();
		assertThat(this.access.canClassify(doetank, viewer(COACH, GlobalRole.COACH))).isTrue();
		assertThat(this.access.canClassify(doetank, viewer(OTHER, GlobalRole.BEHEERDER))).isTrue();
		assertThat(this.access.canClassify(doetank, viewer(OTHER, GlobalRole.COACH))).isFalse();
	}

	@Test
	void aSaveChangesOnlyTheFieldsThatDifferAndATrekkerCannotTouchTheCoachsEstimate() {
		Doetank doetank = proposal();
		doetank.recordHistory(null, "PB · OB · MO", "matig", null, false);
		Map<String, String> before = doetank.described();

		doetank.edit(edit("Minder  regels ", "Een nieuw vraagstuk.", Set.of(11L, 12L), EnumSet.of(TypologyCode.ZB),
				Urgency.HOOG), Set.of(11L, 12L), false, NOW);

		assertThat(FieldChange.between(before, doetank.described())).extracting(FieldChange::field)
			.containsExactly("vraagstuk", "expertise");
		assertThat(doetank.getTitle()).as("spaces are tidied").isEqualTo("Minder regels");
		assertThat(doetank.getTypology()).isEqualTo("PB · OB · MO");
		assertThat(doetank.getUrgency()).isEqualTo("matig");
	}

	@Test
	void theSameTypologyInAnotherOrderIsNoChangeAndAnEstimateIsACoachsChange() {
		Doetank doetank = proposal();
		doetank.recordHistory(null, "PB · OB · MO", "matig", null, false);
		Map<String, String> before = doetank.described();

		doetank.edit(
				edit("Minder regels", "Te veel regels.", Set.of(),
						EnumSet.of(TypologyCode.MO, TypologyCode.OB, TypologyCode.PB), Urgency.HOOG),
				Set.of(), true, NOW);

		assertThat(FieldChange.between(before, doetank.described()))
			.containsExactly(new FieldChange("urgency", "matig", "hoog"));
		assertThat(doetank.getTypology()).as("kept as it was written").isEqualTo("PB · OB · MO");
	}

	@Test
	void savingWhatIsThereChangesNothing() {
		Doetank doetank = proposal();
		Map<String, String> before = doetank.described();

		doetank.edit(edit("Minder regels", "Te veel regels.", Set.of(), Set.of(), null), Set.of(), true, NOW);

		assertThat(FieldChange.between(before, doetank.described())).isEmpty();
	}

	@Test
	void emptyAndNothingAreTheSame() {
		assertThat(FieldChange.between(Map.of("ambition", ""), java.util.Collections.singletonMap("ambition", null)))
			.isEmpty();
		assertThat(FieldChange.between(Map.of("ambition", "Oud"), Map.of("ambition", "Nieuw")))
			.containsExactly(new FieldChange("ambition", "Oud", "Nieuw"));
	}

	@Test
	void typologyIsKeptInAFixedOrderAndReadInAny() {
		assertThat(Typology.parse("PB · OB · MO")).containsExactlyInAnyOrder(TypologyCode.PB, TypologyCode.OB,
				TypologyCode.MO);
		assertThat(Typology.format(EnumSet.of(TypologyCode.OB, TypologyCode.MO))).isEqualTo("MO · OB");
		assertThat(Typology.format(Set.of())).isNull();
		assertThat(Typology.parse(null)).isEmpty();
	}

	@Test
	void onlyItsAuthorWithdrawsAWaitingProposalAndBringsItInAgainOnceDeclinedOrWithdrawn() {
		Doetank doetank = proposal();
		assertThat(this.access.canWithdraw(doetank, viewer(AUTHOR, GlobalRole.LID))).isTrue();
		assertThat(this.access.canWithdraw(doetank, viewer(OTHER, GlobalRole.BEHEERDER))).isFalse();
		assertThat(this.access.canBringInAgain(doetank, viewer(AUTHOR, GlobalRole.LID))).isFalse();
		assertThatThrownBy(() -> doetank.bringInAgain(NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessage("doetank.rule.onlyDeclinedComesBack");

		doetank.withdraw(NOW);
		assertThat(doetank.getStatus()).isEqualTo(DoetankStatus.INGETROKKEN);
		assertThat(this.access.canBringInAgain(doetank, viewer(AUTHOR, GlobalRole.LID))).isTrue();
		assertThatThrownBy(() -> doetank.withdraw(NOW)).isInstanceOf(RuleViolationException.class);

		doetank.bringInAgain(NOW);
		doetank.decline(nl.clubhuis.doetank.TestDoetanks.DECLINING, "Te breed.", NOW);
		Map<String, String> declined = doetank.described();
		doetank.bringInAgain(NOW);
		assertThat(FieldChange.between(declined, doetank.described())).containsExactly(
				new FieldChange("status", "AFGEWEZEN", "VOORSTEL"),
				new FieldChange("declineReason", "Te breed.", null));
	}

	private static Doetank proposal() {
		return Doetank.propose("minder-regels", new DoetankDetails("Minder regels", "Te veel regels.", null,
				Theme.DIENSTVERLENING, List.of("Gemeente Zwolle"), Set.of(LookingFor.LEDEN), null), AUTHOR, NOW);
	}

	private static Doetank withCoach() {
		Doetank doetank = proposal();
		doetank.accept(nl.clubhuis.doetank.TestDoetanks.ACCEPTING, COACH, NOW, LocalDate.of(2026, 11, 30));
		return doetank;
	}

	private static DoetankEdit edit(String title, String vraagstuk, Set<Long> expertise, Set<TypologyCode> typology,
			Urgency urgency) {
		return new DoetankEdit(title, vraagstuk, null, Theme.DIENSTVERLENING, List.of("Gemeente Zwolle"), null,
				Set.of(LookingFor.LEDEN), expertise, null, typology, urgency, 0);
	}

	private static Viewer viewer(long id, GlobalRole role) {
		return Viewer.of(new MemberPrincipal(id, "m" + id + "@example.org", "Lid " + id,
				EnumSet.of(GlobalRole.LID, role), null));
	}

}
