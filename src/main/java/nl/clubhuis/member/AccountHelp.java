package nl.clubhuis.member;

import nl.clubhuis.audit.AuditFact;
import nl.clubhuis.audit.AuditLog;
import nl.clubhuis.member.domain.AccountErasure;
import nl.clubhuis.member.domain.AccountTokens;
import nl.clubhuis.member.domain.Member;
import nl.clubhuis.member.domain.MemberRepository;
import nl.clubhuis.member.domain.TokenPurpose;
import nl.clubhuis.shared.AmsterdamTime;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a beheerder does for a member who cannot log in and asks for help: send the
 * confirmation link to a new address, or erase the account. Never for an account with the
 * beheerder role (the role goes first), as a beheerder who sets an address of their own
 * could take such an account over, or remove another beheerder in one step.
 */
@Service
public class AccountHelp {

	private final MemberAdministration administration;

	private final MemberRepository members;

	private final EmailChangeService emailChanges;

	private final AccountErasure erasure;

	private final AuditLog audit;

	private final AccountTokens tokens;

	AccountHelp(MemberAdministration administration, MemberRepository members, EmailChangeService emailChanges,
			AccountErasure erasure, AuditLog audit, AccountTokens tokens) {
		this.tokens = tokens;
		this.administration = administration;
		this.members = members;
		this.emailChanges = emailChanges;
		this.erasure = erasure;
		this.audit = audit;
	}

	/** An account a beheerder may help: not erased, and without the beheerder role. */
	@Transactional(readOnly = true)
	public Optional<MemberAccount> accountToHelp(Long id) {
		return this.administration.account(id).filter((found) -> !found.erased() && !found.has(GlobalRole.BEHEERDER));
	}

	/**
	 * Sends a member's confirmation link to a new address, for a member who lost the old
	 * mailbox or registered with a typo; the address changes when they follow it.
	 */
	@Transactional
	public EmailChangeService.ChangeSent sendEmailChange(Long memberId, String newEmail, MemberPrincipal beheerder) {
		this.administration.requireBeheerder(beheerder);
		Member member = helpable(memberId, "beheer.email.isBeheerder");
		EmailChangeService.ChangeSent sent = this.emailChanges.sendChangeFor(member.getId(), newEmail);
		if (sent == EmailChangeService.ChangeSent.SENT) {
			this.audit.record(AuditFact.emailChangeSent(beheerder.id(), memberId));
		}
		return sent;
	}

	/** A link to a new address that is waiting for the member to follow it. */
	public record PendingAddress(String newEmail, ZonedDateTime sentAt, ZonedDateTime worksUntil) {
	}

	/** The link to a new address this member has not followed yet, while it works. */
	@Transactional(readOnly = true)
	public Optional<PendingAddress> pendingAddress(Long memberId) {
		return this.tokens.stillWorking(memberId, TokenPurpose.CHANGE_EMAIL)
			.map((token) -> new PendingAddress(token.getNewEmail(), AmsterdamTime.of(token.getCreatedAt()),
					AmsterdamTime.of(token.getExpiresAt())));
	}

	/** What has to be settled before this account can be erased; empty when nothing. */
	@Transactional(readOnly = true)
	public List<ErasureObstacles.Obstacle> obstaclesToErasing(Long memberId) {
		return this.erasure.obstaclesFor(memberId);
	}

	/**
	 * Erases an account because its member asked for it and cannot do it themselves (the
	 * password and the mailbox lost, for example). Sent twice, the second finds the
	 * account erased and does nothing.
	 * @return what still stands in the way (a Doetank without another trekker); empty
	 * when the account is erased
	 */
	@Transactional
	public List<ErasureObstacles.Obstacle> eraseOnRequest(Long memberId, boolean keepContent,
			MemberPrincipal beheerder) {
		this.administration.requireBeheerder(beheerder);
		if (this.members.findById(memberId).map(Member::isErased).orElse(false)) {
			return List.of();
		}
		helpable(memberId, "beheer.erase.isBeheerder");
		if (this.erasure.eraseOnRequest(memberId, keepContent, beheerder.id()) == AccountErasure.Outcome.OBSTACLES) {
			return this.erasure.obstaclesFor(memberId);
		}
		return List.of();
	}

	private Member helpable(Long memberId, String beheerderRule) {
		Member member = this.members.findById(memberId)
			.filter((found) -> !found.isErased())
			.orElseThrow(() -> new NotFoundException("member " + memberId));
		if (member.hasRole(GlobalRole.BEHEERDER)) {
			throw new RuleViolationException(beheerderRule);
		}
		return member;
	}

}
