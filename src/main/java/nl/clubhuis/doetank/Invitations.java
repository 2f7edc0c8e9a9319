package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankRepository;
import nl.clubhuis.doetank.domain.Membership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitations to join a team, as the invitee sees and answers them (on the page the
 * mail links to, and on their own start page). Only the invitee answers: anyone else's id
 * is a 404. Answering twice the same way does nothing the second time.
 */
@Service
public class Invitations {

	private final DoetankRepository doetanks;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Invitations(DoetankRepository doetanks, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.doetanks = doetanks;
		this.clock = clock;
	}

	/**
	 * An invitation waiting for an answer: to {@code doetank} in {@code role} and
	 * {@code ring}, sent by {@code invitedById} at {@code invitedAt}.
	 */
	public record OpenInvitation(Long membershipId, DoetankRef doetank, MembershipRole role, Ring ring,
			Long invitedById, Instant invitedAt) {
	}

	/** The invitations waiting for this member, oldest first: one query. */
	@Transactional(readOnly = true)
	public List<OpenInvitation> openFor(Long memberId) {
		return this.doetanks.findOpenInvitations(memberId)
			.stream()
			.map((m) -> new OpenInvitation(m.getId(), m.doetankRef(), m.getRole(), m.getRing(), m.getInvitedById(),
					m.getRequestedAt()))
			.toList();
	}

	/** The invitee joins the team in the role they were invited to, from today. */
	@Transactional
	public DoetankRef accept(Long membershipId, MemberPrincipal invitee) {
		return answer(membershipId, invitee, true);
	}

	@Transactional
	public DoetankRef decline(Long membershipId, MemberPrincipal invitee) {
		return answer(membershipId, invitee, false);
	}

	private DoetankRef answer(Long membershipId, MemberPrincipal invitee, boolean accept) {
		Doetank doetank = this.doetanks.findWithTeamByMembershipId(membershipId)
			.orElseThrow(() -> new NotFoundException("invitation " + membershipId));
		Membership invitation = doetank.roster()
			.find(membershipId)
			.filter((membership) -> membership.belongsTo(invitee.id()) && membership.getInvitedById() != null)
			.orElseThrow(() -> new NotFoundException("invitation " + membershipId));
		doetank.roster().answerInvitation(invitation, accept, this.clock.instant(), LocalDate.now(this.clock));
		this.events.publishEvent(new RequestDecided(doetank.ref(), membershipId, invitation.getInvitedById(),
				accept ? RequestDecided.Outcome.INVITATION_ACCEPTED : RequestDecided.Outcome.INVITATION_DECLINED,
				invitee.id(), this.clock.instant()));
		return doetank.ref();
	}

}
