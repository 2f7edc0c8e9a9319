package nl.clubhuis.toolkit;

import java.util.List;

import nl.clubhuis.doetank.Phase;

/**
 * The inspiratiewijzer's answer: werkvormen that fit, those for the same question in
 * other phases, and what Doetanks in the same spot did.
 */
public record Suggestions(Phase phase, Question question, List<WerkvormCard> forPhase, List<WerkvormCard> otherPhases,
		List<UsageExample> examples) {
}
