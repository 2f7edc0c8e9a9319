package nl.clubhuis.member;

import nl.clubhuis.member.domain.AccountTokens;
import nl.clubhuis.member.domain.Member;
import nl.clubhuis.member.domain.MemberRepository;
import nl.clubhuis.member.domain.TokenPurpose;
import nl.clubhuis.shared.Mails;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and verifying an address. Nothing here tells the person at the keyboard
 * whether an address already has an account: registering with a known address looks the
 * same and takes as long (the password is hashed either way); the mail to that address
 * tells its owner, who can reset their password.
 */
@Service
public class AccountService {

	/** How soon a member may ask for another verification mail. */
	static final Duration RESEND_PAUSE = Duration.ofMinutes(2);

	private final MemberRepository members;

	private final AccountTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final Mails mails;

	private final Clock clock;

	AccountService(MemberRepository members, AccountTokens tokens, PasswordEncoder passwordEncoder, Mails mails,
			Clock clock) {
		this.members = members;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Makes an account with an address still to verify and mails the link; for an address
	 * that has an account, mails its owner instead.
	 */
	@Transactional
	public void register(NewMember request, Locale locale) {
		String email = Member.normaliseEmail(request.email());
		String hash = this.passwordEncoder.encode(request.password());
		if (this.members.existsByEmail(email)) {
			accountExists(email, locale);
			return;
		}
		Member member = new Member(email, request.name(), request.organisation(), this.members.freeSlug(request.name()),
				hash, this.clock.instant());
		member.chooseLanguage(locale);
		sendVerification(this.members.save(member));
	}

	/**
	 * Tells the owner of this address that it has an account, and how to get back in: in
	 * the owner's language, or else the language of the page the request came from.
	 */
	void accountExists(String email, Locale locale) {
		Locale language = this.members.findByEmail(email).map(Member::getLocale).orElse(locale);
		this.mails.send(email, language, "accountExists", "/wachtwoord-vergeten", email);
	}

	private void sendVerification(Member member) {
		String token = this.tokens.issue(member.getId(), TokenPurpose.VERIFY_EMAIL, null);
		this.mails.send(member.getEmail(), member.getLocale(), "verify", "/bevestigen?code=" + token, member.getName());
	}

	/** Whether this verification link still works (it is not used by looking). */
	@Transactional(readOnly = true)
	public boolean canVerify(String token) {
		return this.tokens.peek(token, TokenPurpose.VERIFY_EMAIL).isPresent();
	}

	/** Verifies the address the link was sent to; empty when the link no longer works. */
	@Transactional
	public Optional<MemberPrincipal> verify(String token) {
		return this.tokens.use(token, TokenPurpose.VERIFY_EMAIL)
			.flatMap((used) -> this.members.findById(used.getMemberId()))
			.map((member) -> {
				member.verifyEmail(this.clock.instant());
				return MemberService.withoutPassword(member);
			});
	}

	/**
	 * Sends the verification link again, at most once every {@link #RESEND_PAUSE}.
	 * @return whether a mail went out
	 */
	@Transactional
	public boolean resendVerification(MemberPrincipal principal) {
		return resendVerification(principal.id());
	}

	/**
	 * Sends the verification link of this member again, at most once every
	 * {@link #RESEND_PAUSE}; nothing when the address is verified.
	 * @return whether a mail went out
	 */
	@Transactional
	public boolean resendVerification(Long memberId) {
		Member member = this.members.findById(memberId).orElseThrow();
		if (member.isEmailVerified()) {
			return false;
		}
		Instant now = this.clock.instant();
		boolean tooSoon = this.tokens.lastIssued(member.getId(), TokenPurpose.VERIFY_EMAIL)
			.map((last) -> last.plus(RESEND_PAUSE).isAfter(now))
			.orElse(false);
		if (tooSoon) {
			return false;
		}
		sendVerification(member);
		return true;
	}

}
