package nl.clubhuis.agenda;

import java.util.List;

/** What a list shows of one event: the event, how full it is, who is on the podium. */
public record EventCard(Event event, long confirmed, long waiting, List<PodiumDoetank> podium) {

	/** Places still free; null when there is no limit. */
	public Integer placesLeft() {
		Integer capacity = this.event.getCapacity();
		return (capacity != null) ? (int) Math.max(0, capacity - this.confirmed) : null;
	}

	public boolean isFull() {
		Integer left = placesLeft();
		return left != null && left == 0;
	}

	/** A Doetank presenting at the event. */
	public record PodiumDoetank(String slug, String title) {
	}

}
