package nl.clubhuis.member;

import nl.clubhuis.member.domain.AccountTokens;
import nl.clubhuis.member.domain.Member;
import nl.clubhuis.member.domain.MemberRepository;
import nl.clubhuis.member.domain.MemberSessions;
import nl.clubhuis.member.domain.TokenPurpose;
import nl.clubhuis.shared.ClubhuisProperties;
import nl.clubhuis.shared.MailHealth;
import nl.clubhuis.shared.Mails;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's own details: name and organisation at once; a new address only once the link
 * mailed to it is followed (the old address gets a notice). Whether the new address
 * already has an account, the member sees the same; that address's owner gets a mail. A
 * beheerder can send the link for a member who cannot log in.
 */
@Service
public class EmailChangeService {

	private final MemberRepository members;

	private final AccountTokens tokens;

	private final AccountService accounts;

	private final MemberSessions sessions;

	private final Mails mails;

	private final Clock clock;

	private final String privacyContact;

	private final MailHealth mailHealth;

	EmailChangeService(MemberRepository members, AccountTokens tokens, AccountService accounts, MemberSessions sessions,
			Mails mails, Clock clock, ClubhuisProperties properties, MailHealth mailHealth) {
		this.mailHealth = mailHealth;
		this.privacyContact = properties.privacyContact();
		this.members = members;
		this.tokens = tokens;
		this.accounts = accounts;
		this.sessions = sessions;
		this.mails = mails;
		this.clock = clock;
	}

	/** What /mijn/account shows. */
	public record AccountDetails(String name, String email, String organisation) {
	}

	@Transactional(readOnly = true)
	public AccountDetails details(MemberPrincipal principal) {
		Member member = this.members.findById(principal.id()).orElseThrow();
		return new AccountDetails(member.getName(), member.getEmail(), member.getOrganisation());
	}

	/** Changes name and organisation; answers the member as they now are. */
	@Transactional
	public MemberPrincipal rename(MemberPrincipal principal, String name, String organisation) {
		Member member = this.members.findById(principal.id()).orElseThrow();
		member.rename(name, organisation);
		return MemberService.withoutPassword(member);
	}

	/** Mails a confirmation link to the new address and a notice to the current one. */
	@Transactional
	public void requestChange(MemberPrincipal principal, String newEmail, Locale locale) {
		Member member = this.members.findById(principal.id()).orElseThrow();
		String email = Member.normaliseEmail(newEmail);
		if (email.equals(member.getEmail())) {
			return;
		}
		if (this.members.existsByEmail(email)) {
			this.accounts.accountExists(email, locale);
			return;
		}
		String token = this.tokens.issue(member.getId(), TokenPurpose.CHANGE_EMAIL, email);
		this.mails.send(email, member.getLocale(), "confirmEmail", "/e-mailadres-wijzigen?code=" + token,
				member.getName());
		this.mails.send(member.getEmail(), member.getLocale(), "emailChangeRequested", "/wachtwoord-vergeten",
				member.getName());
	}

	/**
	 * A beheerder's link to the same address again within this is the same form sent
	 * twice.
	 */
	static final Duration SENT_TWICE = Duration.ofMinutes(2);

	/** What {@link #sendChangeFor} did. */
	public enum ChangeSent {

		SENT, ALREADY_SENT, SAME_ADDRESS, ADDRESS_TAKEN, NO_MAIL_SERVER

	}

	/**
	 * For a beheerder helping a member who lost the old mailbox or registered with a
	 * typo: mails the confirmation link to the new address, in the member's language. The
	 * old address gets a notice only if it was ever confirmed; a typo's address may
	 * belong to somebody else. The beheerder sees every address anyway, so a taken one is
	 * said.
	 */
	@Transactional
	public ChangeSent sendChangeFor(Long memberId, String newEmail) {
		Member member = this.members.findById(memberId).orElseThrow();
		String email = Member.normaliseEmail(newEmail);
		if (email.equals(member.getEmail())) {
			return ChangeSent.SAME_ADDRESS;
		}
		if (this.members.existsByEmail(email)) {
			return ChangeSent.ADDRESS_TAKEN;
		}
		if (!this.mailHealth.isConfigured()) {
			// No link can reach the member, so none is made.
			return ChangeSent.NO_MAIL_SERVER;
		}
		if (this.tokens.recentlySentTo(member.getId(), TokenPurpose.CHANGE_EMAIL, email, SENT_TWICE)) {
			// The same form sent twice: the first link stays the one that works.
			return ChangeSent.ALREADY_SENT;
		}
		String token = this.tokens.issue(member.getId(), TokenPurpose.CHANGE_EMAIL, email);
		this.mails.send(email, member.getLocale(), "confirmEmailForBeheer", "/e-mailadres-wijzigen?code=" + token,
				member.getName());
		if (member.isEmailVerified()) {
			this.mails.send(member.getEmail(), member.getLocale(), "emailChangeSentByBeheer", null, member.getName(),
					this.privacyContact);
		}
		return ChangeSent.SENT;
	}

	/** Whether this confirmation link still works (it is not used by looking). */
	@Transactional(readOnly = true)
	public boolean canConfirm(String token) {
		return this.tokens.peek(token, TokenPurpose.CHANGE_EMAIL).isPresent();
	}

	/**
	 * Makes the new address the member's, and logs them out everywhere but here (their
	 * other sessions still carry the old address).
	 */
	@Transactional
	public Optional<MemberPrincipal> confirm(String token, String keepSessionId) {
		return this.tokens.use(token, TokenPurpose.CHANGE_EMAIL).flatMap((used) -> {
			if (this.members.existsByEmail(used.getNewEmail())) {
				return Optional.empty();
			}
			return this.members.findById(used.getMemberId()).map((member) -> {
				String oldEmail = member.getEmail();
				member.changeEmail(used.getNewEmail(), this.clock.instant());
				this.members.flush();
				this.sessions.endAllBut(oldEmail, keepSessionId);
				return MemberService.withoutPassword(member);
			});
		});
	}

}
