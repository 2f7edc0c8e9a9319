package nl.clubhuis.route.domain;

import java.util.List;

/**
 * The Doetank page's "Overgenomen door": the adopters, whether others may still report
 * one ({@code adoptable}), whether the Doetank finished its route (then the page invites
 * others to get in touch) and whether the viewer may remove a wrong one.
 */
public record AdopterListing(List<AdopterView> adopters, boolean adoptable, boolean finished, boolean mayRemove) {

	public static final AdopterListing NONE = new AdopterListing(List.of(), false, false, false);

	public boolean isShown() {
		return !this.adopters.isEmpty() || this.adoptable;
	}

}
