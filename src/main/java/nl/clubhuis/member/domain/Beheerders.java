package nl.clubhuis.member.domain;

import java.util.Set;

import nl.clubhuis.shared.RuleViolationException;

/**
 * The network's beheerders who can still log in, and the rule that there is always at
 * least one: otherwise nobody could appoint anyone again without SQL.
 */
public record Beheerders(Set<Long> active) {

	public Beheerders {
		active = Set.copyOf(active);
	}

	public boolean includes(Long memberId) {
		return this.active.contains(memberId);
	}

	/**
	 * Refuses to take the role from, or block, the last beheerder; anyone else may lose
	 * it.
	 */
	public void requireNotLast(Long memberId) {
		if (includes(memberId) && this.active.size() <= 1) {
			throw new RuleViolationException("beheer.rule.lastBeheerder");
		}
	}

}
