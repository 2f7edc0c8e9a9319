package nl.clubhuis.member;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Who is looking at a page: a logged-in member or an anonymous visitor. Controllers
 * declare a {@code Viewer} parameter (never null) instead of a principal that may be
 * null, and hand it to the services that decide what this person may see or do.
 */
public final class Viewer {

	private static final Viewer ANONYMOUS = new Viewer(null);

	private final MemberPrincipal member;

	private Viewer(MemberPrincipal member) {
		this.member = member;
	}

	/** A visitor without an account, or not logged in. */
	public static Viewer anonymous() {
		return ANONYMOUS;
	}

	/** The member who is logged in; an anonymous viewer when there is none. */
	public static Viewer of(MemberPrincipal member) {
		return (member != null) ? new Viewer(member) : ANONYMOUS;
	}

	public boolean isLoggedIn() {
		return this.member != null;
	}

	/** The logged-in member's id; empty for an anonymous visitor. */
	public Optional<Long> memberId() {
		return Optional.ofNullable(this.member).map(MemberPrincipal::id);
	}

	/** Whether this is the logged-in member with this id. */
	public boolean is(Long memberId) {
		return this.member != null && this.member.id().equals(memberId);
	}

	public boolean hasRole(GlobalRole role) {
		return this.member != null && this.member.hasRole(role);
	}

	/**
	 * This viewer's network roles in a fixed order, for the key of what is kept for them:
	 * a page may show a role more, and a member may have sessions from before and after a
	 * role changed.
	 */
	public String rolesKey() {
		return Arrays.stream(GlobalRole.values())
			.filter(this::hasRole)
			.map(GlobalRole::name)
			.collect(Collectors.joining(","));
	}

	/**
	 * What a page kept for this member depends on beyond their id, as their session knows
	 * it: their network roles, the name the header shows and whether their address is
	 * verified (the banner). Another session of the same member may know an older name (a
	 * name change refreshes only the session that made it).
	 */
	public String pageKey() {
		return (this.member == null) ? ""
				: rolesKey() + "\u0000" + this.member.name() + "\u0000" + this.member.isVerified();
	}

	/** A network coach: may take in new vraagstukken. */
	public boolean isCoach() {
		return this.member != null && this.member.isCoach();
	}

	/** Of the redactie, or a beheerder. */
	public boolean isRedactie() {
		return this.member != null && this.member.isRedactie();
	}

	/** An administrator: may always step in. */
	public boolean isBeheerder() {
		return this.member != null && this.member.isBeheerder();
	}

	/**
	 * The logged-in member, for a use case that needs one (acting, not only looking).
	 * Those addresses require an account, so an anonymous visitor is sent to the login
	 * page (the exception is the one Spring Security answers that way).
	 */
	public MemberPrincipal member() {
		if (this.member == null) {
			throw new AuthenticationCredentialsNotFoundException("This needs a logged-in member");
		}
		return this.member;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Viewer that && Objects.equals(this.member, that.member);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.member);
	}

	@Override
	public String toString() {
		return (this.member != null) ? "Viewer[" + this.member.id() + "]" : "Viewer[anonymous]";
	}

}
