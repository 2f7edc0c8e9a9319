package nl.clubhuis.agenda.domain;

import java.util.List;
import java.util.function.Function;

/**
 * Fewer places than people coming: the first to register keep their place, the others
 * move to the front of the waiting list, in the order they registered. {@code coming} is
 * in registration order.
 */
public record CapacityCut<T>(List<T> keep, List<T> move) {

	public CapacityCut {
		keep = List.copyOf(keep);
		move = List.copyOf(move);
	}

	/** Who keeps a place and who moves when the event has {@code capacity} places. */
	public static <T> CapacityCut<T> of(List<T> coming, Integer capacity) {
		if (capacity == null || coming.size() <= capacity) {
			return new CapacityCut<>(coming, List.of());
		}
		return new CapacityCut<>(coming.subList(0, capacity), coming.subList(capacity, coming.size()));
	}

	public boolean movesAnyone() {
		return !this.move.isEmpty();
	}

	public <R> CapacityCut<R> map(Function<T, R> mapping) {
		return new CapacityCut<>(this.keep.stream().map(mapping).toList(), this.move.stream().map(mapping).toList());
	}

}
