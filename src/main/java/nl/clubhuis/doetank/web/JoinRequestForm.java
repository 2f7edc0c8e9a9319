package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.MembershipRole;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Why someone wants to join, and as what (lid unless they choose another role an outsider
 * may ask for): a short motivation for the trekker.
 */
public class JoinRequestForm {

	@NotBlank
	@Size(max = 1000)
	private String motivation;

	@NotNull
	private MembershipRole role = MembershipRole.LID;

	public String getMotivation() {
		return this.motivation;
	}

	public void setMotivation(String motivation) {
		this.motivation = motivation;
	}

	public MembershipRole getRole() {
		return this.role;
	}

	public void setRole(MembershipRole role) {
		this.role = role;
	}

}
