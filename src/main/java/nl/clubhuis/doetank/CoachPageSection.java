package nl.clubhuis.doetank;

import java.util.Map;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.PageNumber;

/**
 * A section of /coach, the coaches' own page, kept by the module whose data it shows (the
 * doetank module shows the intake, the route module the Doetanks that stall and the
 * overleggen a coach was at). Like {@code member.MyPageSection} for /mijn: the page shows
 * every section in {@link #order()}, each through its own Thymeleaf fragment, which gets
 * {@link #content} as its one parameter. Only network coaches and beheerders see the
 * page.
 */
public interface CoachPageSection {

	/** Where the sections of the page go; a new section picks a number in between. */
	int GATE_REQUESTS = 10;

	int STALLING = 20;

	int INTAKE = 30;

	int ATTENDED = 40;

	/** Lower comes first; see the constants. */
	int order();

	/**
	 * The fragment that shows the section, as {@code template :: name}; it is called with
	 * the content as its one parameter.
	 */
	String fragment();

	/**
	 * What the section shows this coach, in a fixed number of queries whatever the size
	 * of the network; never null.
	 */
	Object content(Request request);

	/**
	 * Who looks, and the query parameters of the address: a section with a list of pages
	 * reads its own page number (the intake {@code ?pagina=}, others a parameter of their
	 * own, as one page holds several lists).
	 */
	record Request(Viewer coach, Map<String, String> parameters) {

		public PageNumber page(String parameter) {
			return PageNumber.parse(this.parameters.get(parameter));
		}

	}

}
