package nl.clubhuis.yearreport.domain;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Why Doetanks stop, grouped as the method tells it (method.md, "Why Doetanks stop"): a
 * stop reason is free text, so a reason falls in the first group whose words it uses, and
 * in OVERIG when it uses none. The order of the groups decides a reason that names more
 * than one (too early, and the opdrachtgever left: too early).
 * <p>
 * A group's words match whole words only, whatever their case ("te vroeg" is not in
 * "gemeente vroeg", "dubbel" not in "dubbelzinnig"); a {@code *} stands for any further
 * letters of a word ("behapba*": behapbaar, behapbare). Words that also turn up in
 * ordinary reasons ("oplossing", "idee", "urgent") only count in the phrase that tells
 * the group.
 */
public enum StopGroup {

	TE_VROEG("te vroeg", "dubbel", "dubbel werk", "al gedekt", "ander* programma*"),

	MINDER_URGENT("minder urgent", "niet urgent", "weinig urgent", "geen urgentie", "geen prioriteit",
			"lage prioriteit", "andere prioriteit*"),

	TE_ABSTRACT("abstract*", "behapba*", "af te bakenen", "afbakenen", "afbakening", "niet scherp*",
			"terug te brengen tot"),

	TEAM_VIEL_UIT("kernleden", "kernlid", "andere baan", "andere banen", "geen motivatie", "motivatie verdween",
			"geen tijd", "team viel", "viel uit elkaar", "uit elkaar gevallen"),

	OPLOSSING_ZOCHT_PROBLEEM("beleidsinstrument*", "voorgestelde oplossing", "oplossing bleek",
			"oplossing zocht* een probleem", "oplossing op zoek naar een probleem", "eigen idee*"),

	GEEN_OPDRACHTGEVER("opdrachtgever", "opdrachtgevers", "mandaat", "beslisbevoegd*"),

	OVERIG;

	/** Not a letter: before and after a word (Dutch letters such as ë and é included). */
	private static final String EDGE_BEFORE = "(?<!\\p{L})";

	private static final String EDGE_AFTER = "(?!\\p{L})";

	private final List<Pattern> words;

	StopGroup(String... words) {
		this.words = Arrays.stream(words).map(StopGroup::wholeWords).toList();
	}

	private static Pattern wholeWords(String phrase) {
		String[] parts = phrase.split(" ");
		StringBuilder regex = new StringBuilder(EDGE_BEFORE);
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			boolean stem = part.endsWith("*");
			regex.append((i > 0) ? "\\s+" : "")
				.append(Pattern.quote(stem ? part.substring(0, part.length() - 1) : part))
				.append(stem ? "\\p{L}*" : "");
		}
		return Pattern.compile(regex.append(EDGE_AFTER).toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** The group of a stop reason; OVERIG for none or one that says nothing we know. */
	public static StopGroup of(String reason) {
		if (reason == null) {
			return OVERIG;
		}
		for (StopGroup group : values()) {
			if (group.words.stream().anyMatch((word) -> word.matcher(reason).find())) {
				return group;
			}
		}
		return OVERIG;
	}

}
