package nl.clubhuis.route;

/** One cost or benefit a trekker or coach adds to the business case. */
public record BusinessCaseEntry(Side side, Dimension dimension, String description, String amount) {

	public enum Side {

		KOSTEN, BATEN

	}

	public enum Dimension {

		GELD, TIJD, KWALITEIT

	}

}
