package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankAccess;
import nl.clubhuis.doetank.domain.DoetankRepository;
import nl.clubhuis.doetank.domain.Membership;
import nl.clubhuis.doetank.domain.StepIns;
import nl.clubhuis.doetank.domain.TeamMail;

import java.time.Clock;
import java.time.LocalDate;

import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Doetank's team as its trekkers and coaches keep it: invitations, roles, kern and
 * schil, ending a membership, and (for the network's coaches) assigning coaches. One
 * transaction per use case; who may do it is decided here, once ({@link DoetankAccess});
 * a beheerder who steps in is logged. The rules themselves are the Doetank's
 * ({@link nl.clubhuis.doetank.domain.Roster}).
 */
@Service
public class TeamService {

	private final DoetankRepository doetanks;

	private final DoetankAccess access;

	private final MemberDirectory members;

	private final TeamMail mail;

	private final StepIns stepIns;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TeamService(DoetankRepository doetanks, DoetankAccess access, MemberDirectory members, TeamMail mail,
			StepIns stepIns, ApplicationEventPublisher events, Clock clock) {
		this.doetanks = doetanks;
		this.access = access;
		this.members = members;
		this.mail = mail;
		this.stepIns = stepIns;
		this.events = events;
		this.clock = clock;
	}

	/** The requester takes back their open join request. */
	@Transactional
	public void withdrawRequest(String slug, MemberPrincipal member) {
		load(slug, member).roster().withdrawRequest(member.id(), this.clock.instant());
	}

	/**
	 * Invites a member who can take part; they get a mail with a link to answer. The same
	 * invitation twice is one invitation and one mail.
	 */
	@Transactional
	public void invite(String slug, Long inviteeId, MembershipRole role, Ring ring, MemberPrincipal by) {
		Doetank doetank = manageable(slug, by);
		MemberRef invitee = this.members.findTakingPart(inviteeId)
			.orElseThrow(() -> new RuleViolationException("doetank.rule.noSuchMember"));
		boolean alreadyOpen = doetank.roster().openInvitationOf(invitee.id()).isPresent();
		doetank.roster().invite(invitee.id(), role, ring, by.id(), this.clock.instant());
		if (!alreadyOpen) {
			this.mail.invited(doetank, invitee.id(), role, by);
		}
		stepIn(by, doetank, "TEAM_INVITED");
	}

	/** The team takes back an invitation that was not answered yet. */
	@Transactional
	public void withdrawInvitation(String slug, Long membershipId, MemberPrincipal by) {
		Doetank doetank = manageable(slug, by);
		Membership invitation = find(doetank, membershipId);
		doetank.roster().withdrawInvitation(invitation.getMemberId(), this.clock.instant());
		stepIn(by, doetank, "TEAM_INVITATION_WITHDRAWN");
	}

	@Transactional
	public void changeRole(String slug, Long membershipId, MembershipRole role, MemberPrincipal by) {
		Doetank doetank = manageable(slug, by);
		doetank.roster().changeRole(find(doetank, membershipId), role, this.clock.instant(), today());
		stepIn(by, doetank, "TEAM_ROLE_CHANGED");
	}

	@Transactional
	public void moveTo(String slug, Long membershipId, Ring ring, MemberPrincipal by) {
		Doetank doetank = manageable(slug, by);
		doetank.roster().moveTo(find(doetank, membershipId), ring, this.clock.instant());
		stepIn(by, doetank, "TEAM_RING_CHANGED");
	}

	/**
	 * Ends one role of someone in the team, with an optional word that reaches them by
	 * mail. A coach's role is ended by who assigns coaches. When it was their last role,
	 * {@link MembershipEnded} tells the other modules.
	 */
	@Transactional
	public void end(String slug, Long membershipId, String note, MemberPrincipal by) {
		Doetank doetank = load(slug, by);
		Membership membership = find(doetank, membershipId);
		boolean coach = membership.getRole() == MembershipRole.COACH;
		if (coach ? !this.access.canAssignCoaches(doetank, Viewer.of(by))
				: !this.access.canManageTeam(doetank, Viewer.of(by))) {
			throw new AccessDeniedException("only the team's trekkers and coaches end a membership");
		}
		boolean out = doetank.roster().end(membership, note, this.clock.instant(), today());
		if (!membership.belongsTo(by.id())) {
			this.mail.ended(doetank, membership.getMemberId(), membership.getRole(), note);
		}
		if (out) {
			this.events
				.publishEvent(new MembershipEnded(doetank.getId(), membership.getMemberId(), this.clock.instant()));
		}
		if (coach) {
			this.stepIns.record(by, doetank, by.isCoach(), "TEAM_COACH_ENDED");
		}
		else {
			stepIn(by, doetank, "TEAM_MEMBERSHIP_ENDED");
		}
	}

	/** A network coach or a beheerder makes a network coach coach of this Doetank. */
	@Transactional
	public void assignCoach(String slug, Long coachId, MemberPrincipal by) {
		Doetank doetank = load(slug, by);
		if (!this.access.canAssignCoaches(doetank, Viewer.of(by))) {
			throw new AccessDeniedException("only the network's coaches and beheerders assign coaches");
		}
		if (this.members.coaches().stream().noneMatch((coach) -> coach.id().equals(coachId))) {
			throw new RuleViolationException("doetank.rule.notANetworkCoach");
		}
		doetank.roster().assignCoach(coachId, this.clock.instant(), today());
		this.stepIns.record(by, doetank, by.isCoach(), "TEAM_COACH_ASSIGNED");
	}

	private Doetank manageable(String slug, MemberPrincipal by) {
		Doetank doetank = load(slug, by);
		if (!this.access.canManageTeam(doetank, Viewer.of(by))) {
			throw new AccessDeniedException("only the team's trekkers and coaches manage the team");
		}
		return doetank;
	}

	private Doetank load(String slug, MemberPrincipal person) {
		Doetank doetank = this.doetanks.findWithTeamBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
		if (!this.access.canView(doetank, Viewer.of(person))) {
			throw new NotFoundException(slug);
		}
		return doetank;
	}

	/** A membership of this Doetank; another Doetank's id is a 404. */
	private static Membership find(Doetank doetank, Long membershipId) {
		return doetank.roster()
			.find(membershipId)
			.orElseThrow(() -> new NotFoundException("membership " + membershipId));
	}

	private void stepIn(MemberPrincipal by, Doetank doetank, String action) {
		this.stepIns.record(by, doetank, doetank.isTrekker(by.id()) || doetank.isCoachOf(by.id()), action);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
