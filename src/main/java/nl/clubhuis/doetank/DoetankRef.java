package nl.clubhuis.doetank;

import java.time.LocalDate;

/**
 * A Doetank as other modules refer to it: by id, with what a link or a rule needs.
 * {@code historical}: its record ends ({@code recordEndsOn}), as the network's own
 * Doetanks' stories end in 2015; it is read, and nothing happens on it any more.
 */
public record DoetankRef(Long id, String slug, String title, Phase phase, DoetankStatus status, boolean historical) {

	public DoetankRef(Long id, String slug, String title, Phase phase, DoetankStatus status) {
		this(id, slug, title, phase, status, false);
	}

	/** For queries: historical when the record ends on a day. */
	public DoetankRef(Long id, String slug, String title, Phase phase, DoetankStatus status, LocalDate recordEndsOn) {
		this(id, slug, title, phase, status, recordEndsOn != null);
	}

	/** Active, finished and stopped Doetanks are public; proposals are not. */
	public boolean isPublic() {
		return this.status.isPublic();
	}

	/**
	 * Its route is open for work: active and not historical. Every action on the route
	 * and the team (an overleg, a transition, a milestone, a door, a consent, a
	 * testimonial, a team meeting, joining) asks this.
	 */
	public boolean isActive() {
		return this.status == DoetankStatus.ACTIEF && !this.historical;
	}

	public String path() {
		return "/doetanks/" + this.slug;
	}

}
