package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.MembershipState;
import nl.clubhuis.doetank.Ring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.clubhuis.shared.RuleViolationException;

/**
 * The rules of a Doetank's team beyond joining: a requester withdraws, the team invites
 * and the invitee answers, a role changes, someone moves between kern and schil, a role
 * ends, a coach is assigned. Plain Java on the Doetank's memberships; who may do each is
 * decided by {@link DoetankAccess}, once, in the services. The last trekker of an active
 * Doetank stays.
 */
public final class Roster {

	private final Doetank doetank;

	private final List<Membership> memberships;

	Roster(Doetank doetank, List<Membership> memberships) {
		this.doetank = doetank;
		this.memberships = memberships;
	}

	/** The requester takes back their open join request. */
	public void withdrawRequest(Long memberId, Instant now) {
		Membership request = this.doetank.pendingRequestOf(memberId)
			.orElseThrow(() -> new RuleViolationException("doetank.rule.noSuchRequest"));
		request.withdraw(now);
		this.doetank.touch(now);
	}

	/**
	 * Invites a member who is not in the team and has not asked to join. The same
	 * invitation twice (a double click) is the one already open.
	 */
	public Membership invite(Long inviteeId, MembershipRole role, Ring ring, Long invitedById, Instant now) {
		requireActive();
		if (!role.isOpenToOutsiders()) {
			throw new RuleViolationException("doetank.rule.roleNotOpen");
		}
		Optional<Membership> open = openInvitationOf(inviteeId);
		if (open.isPresent()) {
			if (open.get().getRole() == role && open.get().getRing() == ring) {
				return open.get();
			}
			throw new RuleViolationException("doetank.rule.alreadyInvited");
		}
		if (this.doetank.isMember(inviteeId)) {
			throw new RuleViolationException("doetank.rule.inviteeIsMember");
		}
		if (this.doetank.pendingRequestOf(inviteeId).isPresent()) {
			throw new RuleViolationException("doetank.rule.inviteeAsked");
		}
		Membership invitation = Membership.invitation(this.doetank, inviteeId, role, ring, invitedById, now);
		this.memberships.add(invitation);
		this.doetank.touch(now);
		return invitation;
	}

	/** The team takes back an invitation that is still open. */
	public void withdrawInvitation(Long inviteeId, Instant now) {
		openInvitationOf(inviteeId).orElseThrow(() -> new RuleViolationException("doetank.rule.noSuchInvitation"))
			.withdraw(now);
		this.doetank.touch(now);
	}

	/**
	 * The invitee accepts (and is in the team from today) or declines. Answering an
	 * invitation already answered the same way does nothing, so a double click is
	 * harmless.
	 */
	public void answerInvitation(Membership invitation, boolean accept, Instant now, LocalDate today) {
		MembershipState answered = accept ? MembershipState.ACTIEF : MembershipState.AFGESLAGEN;
		if (invitation.getState() == answered && invitation.getInvitedById() != null) {
			return;
		}
		if (!invitation.isInvited()) {
			throw new RuleViolationException("doetank.rule.noSuchInvitation");
		}
		if (accept) {
			requireActive();
		}
		invitation.answer(accept, now, today);
		this.doetank.touch(now);
	}

	/**
	 * Gives a member of the team another role (from today; the old one ends, so the
	 * history stays). Coaches are assigned, not made; the last trekker keeps the role.
	 * Choosing the role they already have changes nothing.
	 */
	public Membership changeRole(Membership current, MembershipRole role, Instant now, LocalDate today) {
		requireActive();
		requireCurrent(current);
		if (current.getRole() == role) {
			return current;
		}
		if (current.getRole() == MembershipRole.COACH || role == MembershipRole.COACH) {
			throw new RuleViolationException("doetank.rule.coachesAreAssigned");
		}
		if (activeAs(current.getMemberId(), role).isPresent()) {
			throw new RuleViolationException("doetank.rule.alreadyInRole");
		}
		if (current.getRole() == MembershipRole.TREKKER && this.doetank.isLastTrekker(current.getMemberId())) {
			throw new RuleViolationException("doetank.rule.lastTrekker");
		}
		current.end(today);
		Membership next = Membership.active(this.doetank, current.getMemberId(), role, now, today);
		next.moveTo(current.getRing());
		this.memberships.add(next);
		this.doetank.touch(now);
		return next;
	}

	/** Moves a member of the team between kern and schil. */
	public void moveTo(Membership current, Ring ring, Instant now) {
		requireActive();
		requireCurrent(current);
		current.moveTo(ring);
		this.doetank.touch(now);
	}

	/**
	 * Ends one role of a member, with an optional word to them. Returns whether they are
	 * out of the team now (they had no other role). The last trekker of a Doetank that
	 * needs one stays.
	 */
	public boolean end(Membership current, String note, Instant now, LocalDate today) {
		requireCurrent(current);
		if (current.getRole() == MembershipRole.TREKKER && this.doetank.isLastTrekker(current.getMemberId())
				&& this.doetank.needsATrekker()) {
			throw new RuleViolationException("doetank.rule.lastTrekker");
		}
		current.end(today, note);
		this.doetank.touch(now);
		return !this.doetank.isMember(current.getMemberId());
	}

	/**
	 * Makes a network coach coach of this Doetank. A coach already assigned stays as they
	 * are (a double click).
	 */
	public Membership assignCoach(Long coachId, Instant now, LocalDate today) {
		requireActive();
		Optional<Membership> already = activeAs(coachId, MembershipRole.COACH);
		if (already.isPresent()) {
			return already.get();
		}
		return this.doetank.addMember(coachId, MembershipRole.COACH, now, today);
	}

	/** A current role, an open request or an open invitation, by its id. */
	public Optional<Membership> find(Long membershipId) {
		return this.memberships.stream()
			.filter((membership) -> membership.getId() != null && membership.getId().equals(membershipId))
			.findFirst();
	}

	public Optional<Membership> openInvitationOf(Long memberId) {
		return this.memberships.stream().filter((m) -> m.isInvited() && m.belongsTo(memberId)).findFirst();
	}

	/** The invitations still waiting for an answer, oldest first. */
	public List<Membership> openInvitations() {
		return this.memberships.stream()
			.filter(Membership::isInvited)
			.sorted(Comparator.comparing(Membership::getRequestedAt))
			.toList();
	}

	/** Every current role, for the page where the team is managed. */
	public List<Membership> current() {
		return this.memberships.stream().filter(Membership::isActive).toList();
	}

	private Optional<Membership> activeAs(Long memberId, MembershipRole role) {
		return this.memberships.stream()
			.filter((m) -> m.isActive() && m.getRole() == role && m.belongsTo(memberId))
			.findFirst();
	}

	private void requireCurrent(Membership membership) {
		if (!membership.isActive() || !this.memberships.contains(membership)) {
			throw new RuleViolationException("doetank.rule.notInTeam");
		}
	}

	private void requireActive() {
		if (!this.doetank.isOpen()) {
			throw new RuleViolationException("doetank.rule.teamOnlyWhileActive");
		}
	}

}
