package nl.clubhuis.doetank;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who has which current role in one Doetank, and who asked to join: what other modules'
 * rules ask about a team.
 */
public record TeamRoles(Map<Long, Set<MembershipRole>> active, Set<Long> pending) {

	public static final TeamRoles NOBODY = new TeamRoles(Map.of(), Set.of());

	/** Copies both levels: a team's roles may be kept and shared between requests. */
	public TeamRoles {
		active = active.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, (entry) -> Set.copyOf(entry.getValue())));
		pending = Set.copyOf(pending);
	}

	/** Has a current role in the team (any role, the coach's included). */
	public boolean isMember(Long memberId) {
		return memberId != null && this.active.containsKey(memberId);
	}

	public boolean isTrekker(Long memberId) {
		return has(memberId, MembershipRole.TREKKER);
	}

	public boolean isCoach(Long memberId) {
		return has(memberId, MembershipRole.COACH);
	}

	public boolean isOpdrachtgever(Long memberId) {
		return has(memberId, MembershipRole.OPDRACHTGEVER);
	}

	public boolean isEindgebruiker(Long memberId) {
		return has(memberId, MembershipRole.EINDGEBRUIKER);
	}

	/** The members who have this role now, in no particular order. */
	public Set<Long> withRole(MembershipRole role) {
		return this.active.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().contains(role))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	/** A current role or an open request to join. */
	public boolean involves(Long memberId) {
		return isMember(memberId) || (memberId != null && this.pending.contains(memberId));
	}

	private boolean has(Long memberId, MembershipRole role) {
		return memberId != null && this.active.getOrDefault(memberId, Set.of()).contains(role);
	}

}
