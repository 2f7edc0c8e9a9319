package nl.clubhuis.agenda;

import java.time.ZonedDateTime;
import java.util.List;

import nl.clubhuis.doetank.DoetankRef;

/**
 * What a list shows of one event: when (in Amsterdam) and where, how full, the Doetank
 * whose meeting it is ({@code host}, null for the network's events), who is on the podium
 * (by title) and, once there is one, the report on the Café blog.
 */
public record EventCard(Long id, String slug, EventType type, String title, ZonedDateTime startsAt,
		ZonedDateTime endsAt, String location, boolean online, Integer capacity, boolean cancelled, DoetankRef host,
		List<DoetankRef> podium, ReportLink report, long confirmed, long waiting) {

	public String path() {
		return "/agenda/" + this.slug;
	}

	/** At a place and online. */
	public boolean isHybrid() {
		return this.online && this.location != null;
	}

	/** A team's own meeting: only its members may come. */
	public boolean isDoetankMeeting() {
		return this.host != null;
	}

	/** Places still free; null when there is no limit. */
	public Integer placesLeft() {
		return (this.capacity != null) ? (int) Math.max(0, this.capacity - this.confirmed) : null;
	}

	public boolean isFull() {
		Integer left = placesLeft();
		return left != null && left == 0;
	}

	/** The Café blog post that reports on the event. */
	public record ReportLink(String title, String path) {
	}

}
