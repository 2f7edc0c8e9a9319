package nl.clubhuis.member;

import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A member as a beheerder sees them: with their address, network roles, and when they
 * registered and last logged in, whether their address is verified ({@code lastLoginAt}
 * is null when not since registering), and whether they erased their account (then only
 * what they wrote remains, under "voormalig lid", and nothing is left to manage).
 */
public record MemberAccount(Long id, String name, String email, String organisation, Set<GlobalRole> roles,
		ZonedDateTime registeredAt, ZonedDateTime lastLoginAt, boolean blocked, boolean verified, boolean erased) {

	public MemberAccount {
		roles = Set.copyOf(roles);
	}

	public boolean has(GlobalRole role) {
		return this.roles.contains(role);
	}

}
