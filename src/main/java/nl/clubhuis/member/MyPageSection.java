package nl.clubhuis.member;

/**
 * A section of /mijn, the member's own start page, kept by the module whose data it shows
 * (the doetank module shows "Mijn Doetanks", the agenda "Mijn aanmeldingen"). The page
 * knows no module: it shows every section in {@link #order()}, each through the section's
 * own Thymeleaf fragment, which gets {@link #content} as its one parameter. A module adds
 * a section by making a bean that implements this; what waits for the member's decision
 * goes through {@link WaitingForMe} instead, into the one section "Wacht op mij".
 */
public interface MyPageSection {

	/** Where the sections of the page go; a new section picks a number in between. */
	int MY_DOETANKS = 10;

	int WAITING_FOR_ME = 20;

	int MY_REQUESTS = 30;

	int MY_REGISTRATIONS = 40;

	int FOR_YOU = 50;

	/** Lower comes first; see the constants. */
	int order();

	/**
	 * The fragment that shows the section, as {@code template :: name}, for example
	 * {@code "doetank/mijn :: doetanks"}; it is called with the content as its one
	 * parameter, and shows an empty state that says what to do next.
	 */
	String fragment();

	/**
	 * What the section shows this member, in a fixed number of queries whatever their
	 * data; never null.
	 */
	Object content(Viewer viewer);

}
