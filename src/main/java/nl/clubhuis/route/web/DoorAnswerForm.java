package nl.clubhuis.route.web;

import jakarta.validation.constraints.Size;
import nl.clubhuis.route.DoorAnswer;
import nl.clubhuis.route.DoorState;

/** The supporter's answer as typed; which line is required is the rules' call. */
public class DoorAnswerForm {

	private DoorState outcome;

	@Size(max = 1000)
	private String line;

	DoorAnswer toAnswer() {
		return new DoorAnswer(this.outcome, this.line);
	}

	public DoorState getOutcome() {
		return this.outcome;
	}

	public void setOutcome(DoorState outcome) {
		this.outcome = outcome;
	}

	public String getLine() {
		return this.line;
	}

	public void setLine(String line) {
		this.line = line;
	}

}
