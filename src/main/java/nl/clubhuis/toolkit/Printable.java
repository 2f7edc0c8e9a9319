package nl.clubhuis.toolkit;

/** A page the portal makes to print (or save as PDF) for a werkvorm. */
public enum Printable {

	GATE_CHECKLIST("gatekeepers-checklist"), CUSTOMER_JOURNEY_CANVAS("customer-journey-canvas"),
	BUSINESS_CASE_SHEET("businesscase-blad");

	private final String path;

	Printable(String path) {
		this.path = path;
	}

	/** Where the page lives; the gate checklist has one per phase below it. */
	public String getPath() {
		return "/toolkit/printbaar/" + this.path;
	}

}
