package nl.clubhuis.agenda.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;

/**
 * How many more people can have a place: a number, or no limit ({@code count} null).
 * Fewer places than people confirmed means none free: nobody loses a place.
 */
public record FreePlaces(Integer count) {

	public static final FreePlaces NONE = new FreePlaces(0);

	public static final FreePlaces UNLIMITED = new FreePlaces(null);

	public FreePlaces {
		if (count != null && count < 0) {
			throw new IllegalArgumentException("free places cannot be negative: " + count);
		}
	}

	/** The free places of an event with this capacity (null: no limit). */
	public static FreePlaces of(Integer capacity, long confirmed) {
		return (capacity == null) ? UNLIMITED : new FreePlaces((int) Math.max(0, capacity - confirmed));
	}

	public boolean any() {
		return this.count == null || this.count > 0;
	}

	/** How far into the waiting list to read: as many as there are places. */
	public Limit asLimit() {
		return (this.count == null) ? Limit.unlimited() : Limit.of(this.count);
	}

	/**
	 * Gives the free places to the front of the queue, in its order; returns who moved
	 * up. Nobody beyond the free places moves.
	 */
	public List<Registration> moveUp(List<Registration> queue, Instant now) {
		List<Registration> movingUp = (this.count == null) ? queue
				: queue.subList(0, Math.min(this.count, queue.size()));
		movingUp.forEach((registration) -> registration.promote(now));
		return List.copyOf(movingUp);
	}

}
