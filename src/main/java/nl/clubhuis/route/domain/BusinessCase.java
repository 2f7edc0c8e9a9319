package nl.clubhuis.route.domain;

import nl.clubhuis.route.BusinessCaseEntry;

import java.util.List;

import nl.clubhuis.route.BusinessCaseEntry.Dimension;
import nl.clubhuis.route.BusinessCaseEntry.Side;

/**
 * The lines of a business case, read as a table of money, time and quality against costs
 * and benefits.
 */
public record BusinessCase(List<BusinessCaseLine> lines) {

	public boolean isEmpty() {
		return this.lines.isEmpty();
	}

	public List<BusinessCaseLine> lines(Dimension dimension, Side side) {
		return this.lines.stream().filter((l) -> l.getDimension() == dimension && l.getSide() == side).toList();
	}

	public List<Dimension> dimensions() {
		return List.of(Dimension.values());
	}

}
