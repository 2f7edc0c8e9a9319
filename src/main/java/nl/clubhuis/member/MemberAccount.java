package nl.clubhuis.member;

import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A member as a beheerder sees them: with their address, network roles, and when they
 * registered and last logged in, whether their address is verified ({@code lastLoginAt}
 * is null when not since registering).
 */
public record MemberAccount(Long id, String name, String email, String organisation, Set<GlobalRole> roles,
		ZonedDateTime registeredAt, ZonedDateTime lastLoginAt, boolean blocked, boolean verified) {

	public MemberAccount {
		roles = Set.copyOf(roles);
	}

	public boolean has(GlobalRole role) {
		return this.roles.contains(role);
	}

}
