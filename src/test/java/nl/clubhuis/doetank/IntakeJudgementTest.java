package nl.clubhuis.doetank;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** What accepting requires and what a decline must name, without Spring. */
class IntakeJudgementTest {

	private static final IntakeJudgement ALL_GOOD = new IntakeJudgement(Sufficiency.VOLDOENDE, "Publieke waarde.",
			Sufficiency.VOLDOENDE, "Een gemeente wil het.", true, IntakeOrigin.PROBLEEM);

	@Test
	void acceptingNeedsEveryQuestionJudgedWithALine() {
		assertThat(IntakeJudgement.NONE.problemsForAccept()).containsOnly(entry("relevance", "intake.rule.judge"),
				entry("relevanceNote", "intake.rule.line"), entry("chance", "intake.rule.judge"),
				entry("chanceNote", "intake.rule.line"), entry("problemOwner", "intake.rule.answer"),
				entry("origin", "intake.rule.answer"));
		IntakeJudgement blankLine = new IntakeJudgement(Sufficiency.VOLDOENDE, "  ", Sufficiency.VOLDOENDE,
				"Een gemeente wil het.", true, IntakeOrigin.PROBLEEM);
		assertThat(blankLine.problemsForAccept()).containsOnly(entry("relevanceNote", "intake.rule.line"));
	}

	@Test
	void acceptingNeedsRelevanceAndChanceVoldoende() {
		assertThat(ALL_GOOD.problemsForAccept()).isEmpty();
		IntakeJudgement weak = new IntakeJudgement(Sufficiency.ONVOLDOENDE, "Speelt nergens.", Sufficiency.ONVOLDOENDE,
				"Niemand trekt.", true, IntakeOrigin.PROBLEEM);
		assertThat(weak.problemsForAccept()).containsOnly(entry("relevance", "intake.rule.acceptNeedsVoldoende"),
				entry("chance", "intake.rule.acceptNeedsVoldoende"));
	}

	@Test
	void noProbleemeigenaarYetOrAnIdeaSeekingAProblemMayStillBeAccepted() {
		IntakeJudgement idea = new IntakeJudgement(Sufficiency.VOLDOENDE, "Publieke waarde.", Sufficiency.VOLDOENDE,
				"Een gemeente wil het.", false, IntakeOrigin.IDEE);
		assertThat(idea.problemsForAccept()).isEmpty();
		assertThat(idea.gaps()).containsExactly(IntakeGap.PROBLEEMEIGENAAR, IntakeGap.OPLOSSING_ZOEKT_PROBLEEM);
	}

	@Test
	void aDeclineMustNameWhatIsMissingOrInsufficient() {
		assertThat(ALL_GOOD.gaps()).isEmpty();
		assertThat(ALL_GOOD.problemsForDecline())
			.containsOnly(entry(IntakeJudgement.GAPS, "intake.rule.declineNamesAGap"));
		IntakeJudgement noChance = new IntakeJudgement(Sufficiency.VOLDOENDE, "Publieke waarde.",
				Sufficiency.ONVOLDOENDE, "Geen begunstigde.", true, IntakeOrigin.PROBLEEM);
		assertThat(noChance.problemsForDecline()).isEmpty();
		assertThat(noChance.gaps()).containsExactly(IntakeGap.KANS_VAN_SLAGEN);
	}

	@Test
	void aDeclineNeedsEveryQuestionJudgedToo() {
		IntakeJudgement onlyRelevance = new IntakeJudgement(Sufficiency.ONVOLDOENDE, "Speelt nergens.", null, null,
				null, null);
		assertThat(onlyRelevance.problemsForDecline()).containsOnlyKeys("chance", "chanceNote", "problemOwner",
				"origin");
	}

	@Test
	void linesAreKeptWithoutSurroundingSpace() {
		IntakeJudgement judgement = new IntakeJudgement(Sufficiency.VOLDOENDE, "  Publieke waarde. ", null, "", null,
				null);
		assertThat(judgement.relevanceNote()).isEqualTo("Publieke waarde.");
		assertThat(judgement.chanceNote()).isNull();
		assertThat(IntakeJudgement.NONE.isRecorded()).isFalse();
		assertThat(ALL_GOOD.isRecorded()).isTrue();
	}

}
