package nl.clubhuis.member;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in member, as the rest of the portal sees them. Kept in the session. */
public final class MemberPrincipal implements UserDetails, CredentialsContainer {

	private final Long id;

	private final String email;

	private final String name;

	private final Set<GlobalRole> roles;

	private final boolean verified;

	private String passwordHash;

	/** A member whose address is verified. */
	public MemberPrincipal(Long id, String email, String name, Set<GlobalRole> roles, String passwordHash) {
		this(id, email, name, roles, passwordHash, true);
	}

	public MemberPrincipal(Long id, String email, String name, Set<GlobalRole> roles, String passwordHash,
			boolean verified) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.roles = Set.copyOf(roles);
		this.passwordHash = passwordHash;
		this.verified = verified;
	}

	public Long id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	/**
	 * Followed the link mailed to their address. Until then a member can read, but the
	 * portal takes no contribution from them ({@code member.web.UnverifiedMembersRead}).
	 */
	public boolean isVerified() {
		return this.verified;
	}

	public boolean hasRole(GlobalRole role) {
		return this.roles.contains(role);
	}

	/** A network coach: may take in new vraagstukken. */
	public boolean isCoach() {
		return hasRole(GlobalRole.COACH);
	}

	/**
	 * Of the redactie (or a beheerder): keeps the network's news, Café, agenda, toolkit
	 * and partners.
	 */
	public boolean isRedactie() {
		return hasRole(GlobalRole.REDACTEUR) || isBeheerder();
	}

	/** An administrator: may always step in; what they do is logged. */
	public boolean isBeheerder() {
		return hasRole(GlobalRole.BEHEERDER);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = this.roles.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MemberPrincipal that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "MemberPrincipal[" + this.id + "]";
	}

}
