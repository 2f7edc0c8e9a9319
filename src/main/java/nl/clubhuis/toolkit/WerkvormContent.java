package nl.clubhuis.toolkit;

import java.util.Set;

import nl.clubhuis.doetank.Phase;

/** Everything a redacteur writes about a werkvorm, checked and trimmed. */
public record WerkvormContent(String name, String summary, String whenToUse, String steps, String materials,
		String duration, String groupSize, String origin, Printable printable, Set<Phase> phases,
		Set<Question> questions) {
}
