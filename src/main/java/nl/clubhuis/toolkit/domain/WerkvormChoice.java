package nl.clubhuis.toolkit.domain;

/** A werkvorm in a choice list: its address and name. */
public record WerkvormChoice(String slug, String name) {
}
