package nl.clubhuis.doetank.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why someone wants to join: a short motivation for the trekker. */
public class JoinRequestForm {

	@NotBlank
	@Size(max = 1000)
	private String motivation;

	public String getMotivation() {
		return this.motivation;
	}

	public void setMotivation(String motivation) {
		this.motivation = motivation;
	}

}
