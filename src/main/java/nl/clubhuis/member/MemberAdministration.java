package nl.clubhuis.member;

import nl.clubhuis.shared.AmsterdamTime;

import nl.clubhuis.audit.AuditFact;
import nl.clubhuis.audit.AuditLog;
import nl.clubhuis.member.domain.AccountTokens;
import nl.clubhuis.member.domain.Beheerders;
import nl.clubhuis.member.domain.Member;
import nl.clubhuis.member.domain.MemberRepository;
import nl.clubhuis.member.domain.MemberSessions;
import nl.clubhuis.member.domain.TokenPurpose;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a beheerder does with accounts: find members, grant and revoke the network roles,
 * block and unblock ({@link AccountHelp} helps a member who cannot log in). Every change
 * is checked here (only a beheerder who can still log in, never the last beheerder),
 * written in the logboek in the same transaction, and harmless when sent twice (nothing
 * changes, nothing is logged).
 */
@Service
public class MemberAdministration {

	private static final Logger log = LoggerFactory.getLogger(MemberAdministration.class);

	public static final int PAGE_SIZE = 25;

	/** The roles a beheerder hands out; every member is a lid. */
	public static final Set<GlobalRole> GRANTABLE = EnumSet.of(GlobalRole.COACH, GlobalRole.REDACTEUR,
			GlobalRole.BEHEERDER);

	private final MemberRepository members;

	private final MemberSessions sessions;

	private final AuditLog audit;

	private final Clock clock;

	private final AccountService accounts;

	private final AccountTokens tokens;

	MemberAdministration(MemberRepository members, MemberSessions sessions, AuditLog audit, Clock clock,
			AccountService accounts, AccountTokens tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.members = members;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * One page (0-based) of the accounts in this state whose name, address or
	 * organisation contains the text (any case), by name; all of them when the text is
	 * empty.
	 */
	@Transactional(readOnly = true)
	public Page<MemberAccount> search(String text, AccountState state, int page) {
		Pageable pageable = PageRequest.of(page, PAGE_SIZE, Sort.by("name", "id"));
		String pattern = (text == null || text.isBlank()) ? "%" : pattern(text);
		Page<Member> found = this.members.search(pattern, state.name(), pageable);
		return found.map(MemberAdministration::account);
	}

	@Transactional(readOnly = true)
	public Optional<MemberAccount> account(Long id) {
		return this.members.findById(id).map(MemberAdministration::account);
	}

	/** Returns whether anything changed. */
	@Transactional
	public boolean grant(Long memberId, GlobalRole role, MemberPrincipal beheerder) {
		requireGrantable(role);
		requireBeheerder(beheerder);
		Member member = load(memberId);
		if (member.hasRole(role)) {
			return false;
		}
		if (!member.isEmailVerified()) {
			// An unconfirmed account cannot take part, so a role would be one nobody
			// fills.
			throw new RuleViolationException("beheer.rule.unverified");
		}
		member.grant(role);
		if (role == GlobalRole.BEHEERDER) {
			// A link to a new address, perhaps sent by another beheerder while this was
			// not
			// a beheerder's account, must not take over a beheerder's account.
			this.tokens.revokeUnused(memberId, TokenPurpose.CHANGE_EMAIL);
		}
		this.audit.record(AuditFact.roleGranted(beheerder.id(), memberId, role.name()));
		return true;
	}

	/**
	 * Takes a role away; the member's sessions end, so the role is gone at once. Returns
	 * whether anything changed.
	 */
	@Transactional
	public boolean revoke(Long memberId, GlobalRole role, MemberPrincipal beheerder) {
		requireGrantable(role);
		Beheerders beheerders = requireBeheerder(beheerder);
		Member member = load(memberId);
		if (!member.hasRole(role)) {
			return false;
		}
		if (role == GlobalRole.BEHEERDER) {
			beheerders.requireNotLast(memberId);
		}
		member.revoke(role);
		this.audit.record(AuditFact.roleRevoked(beheerder.id(), memberId, role.name()));
		this.sessions.endAllOf(member.getEmail());
		return true;
	}

	/**
	 * Blocks an account: the member cannot log in and every session of theirs ends at
	 * once; what they wrote stays; the logboek says why. Returns whether anything
	 * changed.
	 */
	@Transactional
	public boolean block(Long memberId, BlockReason reason, MemberPrincipal beheerder) {
		Beheerders beheerders = requireBeheerder(beheerder);
		Member member = load(memberId);
		if (member.isBlocked()) {
			return false;
		}
		beheerders.requireNotLast(memberId);
		member.block(this.clock.instant());
		this.audit.record(AuditFact.blocked(beheerder.id(), memberId, reason.name()));
		this.sessions.endAllOf(member.getEmail());
		return true;
	}

	/** Returns whether anything changed. */
	@Transactional
	public boolean unblock(Long memberId, MemberPrincipal beheerder) {
		requireBeheerder(beheerder);
		Member member = load(memberId);
		if (!member.isBlocked()) {
			return false;
		}
		member.unblock();
		this.audit.record(AuditFact.unblocked(beheerder.id(), memberId));
		return true;
	}

	/**
	 * Whether this member is the only beheerder who can still log in: the one the page
	 * does not offer to take the role from or to block.
	 */
	@Transactional(readOnly = true)
	public boolean isLastBeheerder(Long memberId) {
		List<Long> active = this.members.activeBeheerderIds();
		return active.size() == 1 && active.contains(memberId);
	}

	/**
	 * Sends an unverified member their verification link again (at most once every few
	 * minutes, as when they ask themselves), in the member's language. Not in the
	 * logboek: it changes no account.
	 * @return whether a mail went out
	 */
	@Transactional
	public boolean resendVerification(Long memberId, MemberPrincipal beheerder) {
		if (beheerder == null || !beheerder.isBeheerder()) {
			throw new AccessDeniedException("only a beheerder manages accounts");
		}
		load(memberId);
		return this.accounts.resendVerification(memberId);
	}

	/**
	 * At start ({@code CLUBHUIS_BEHEERDER}): makes the account with this address
	 * beheerder, once it exists. Says in the log what happened.
	 */
	@Transactional
	public Appointment appointFirstBeheerder(String email) {
		Optional<Member> found = this.members.findByEmail(Member.normaliseEmail(email));
		if (found.isEmpty()) {
			log.warn("CLUBHUIS_BEHEERDER is {}, but no account has that address yet. Register it at /registreren, "
					+ "then start the portal again to make it beheerder.", email);
			return Appointment.NO_ACCOUNT;
		}
		Member member = found.get();
		if (!member.isEmailVerified()) {
			log.warn("CLUBHUIS_BEHEERDER is {}, but that address is not verified yet. Follow the link in the mail, "
					+ "then start the portal again to make it beheerder.", email);
			return Appointment.NOT_VERIFIED;
		}
		if (member.hasRole(GlobalRole.BEHEERDER)) {
			log.info("CLUBHUIS_BEHEERDER: member {} is beheerder already.", member.getId());
			return Appointment.ALREADY;
		}
		member.grant(GlobalRole.BEHEERDER);
		this.tokens.revokeUnused(member.getId(), TokenPurpose.CHANGE_EMAIL);
		this.audit.record(AuditFact.roleGranted(null, member.getId(), GlobalRole.BEHEERDER.name()));
		log.info("CLUBHUIS_BEHEERDER: member {} ({}) is now beheerder.", member.getId(), member.getEmail());
		return Appointment.GRANTED;
	}

	/** What {@link #appointFirstBeheerder} did. */
	public enum Appointment {

		GRANTED, ALREADY, NO_ACCOUNT, NOT_VERIFIED

	}

	/**
	 * Locks the active beheerders for this transaction and checks that the person acting
	 * is one of them (a role taken away a moment ago counts, even if their page still
	 * offers the button).
	 */
	Beheerders requireBeheerder(MemberPrincipal person) {
		if (person == null || !person.isBeheerder()) {
			throw new AccessDeniedException("only a beheerder manages accounts");
		}
		Beheerders beheerders = new Beheerders(
				this.members.lockActiveBeheerders().stream().map(Member::getId).collect(Collectors.toSet()));
		if (!beheerders.includes(person.id())) {
			throw new AccessDeniedException("no longer a beheerder");
		}
		return beheerders;
	}

	private static void requireGrantable(GlobalRole role) {
		if (!GRANTABLE.contains(role)) {
			throw new NotFoundException("role " + role);
		}
	}

	/** An account to manage: an erased one has none left. */
	private Member load(Long memberId) {
		return this.members.findById(memberId)
			.filter((member) -> !member.isErased())
			.orElseThrow(() -> new NotFoundException("member " + memberId));
	}

	private static MemberAccount account(Member member) {
		return new MemberAccount(member.getId(), member.getName(), member.getEmail(), member.getOrganisation(),
				member.getRoles(), AmsterdamTime.of(member.getCreatedAt()), AmsterdamTime.of(member.getLastLoginAt()),
				member.isBlocked(), member.isEmailVerified(), member.isErased());
	}

	/** {@code %text%} in lower case, with the wildcards people type taken literally. */
	static String pattern(String text) {
		return nl.clubhuis.member.domain.ProfileFinder.contains(text);
	}

}
