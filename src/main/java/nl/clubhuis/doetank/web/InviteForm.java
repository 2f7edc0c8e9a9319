package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Ring;

import jakarta.validation.constraints.NotNull;

/**
 * Whom the team invites (a member found by name), in which role and ring; {@code naam} is
 * the search that found them, so the choice is shown again after an error.
 */
public class InviteForm {

	@NotNull
	private Long memberId;

	@NotNull
	private MembershipRole role;

	@NotNull
	private Ring ring = Ring.KERN;

	private String naam;

	public Long getMemberId() {
		return this.memberId;
	}

	public void setMemberId(Long memberId) {
		this.memberId = memberId;
	}

	public MembershipRole getRole() {
		return this.role;
	}

	public void setRole(MembershipRole role) {
		this.role = role;
	}

	public Ring getRing() {
		return this.ring;
	}

	public void setRing(Ring ring) {
		this.ring = ring;
	}

	public String getNaam() {
		return this.naam;
	}

	public void setNaam(String naam) {
		this.naam = naam;
	}

}
