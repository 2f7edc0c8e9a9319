package nl.clubhuis.member;

import nl.clubhuis.member.domain.AccountTokens;
import nl.clubhuis.member.domain.Member;
import nl.clubhuis.member.domain.MemberRepository;
import nl.clubhuis.member.domain.MemberSessions;
import nl.clubhuis.member.domain.TokenPurpose;
import nl.clubhuis.shared.Mails;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password and a changed one. A new password ends every other session of the
 * member, on every instance, and the member gets a mail saying it changed.
 */
@Service
public class PasswordService {

	/** How soon another reset mail goes to the same address (so nobody floods it). */
	static final Duration RESEND_PAUSE = Duration.ofMinutes(2);

	private final MemberRepository members;

	private final AccountTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final MemberSessions sessions;

	private final Mails mails;

	private final Clock clock;

	PasswordService(MemberRepository members, AccountTokens tokens, PasswordEncoder passwordEncoder,
			MemberSessions sessions, Mails mails, Clock clock) {
		this.members = members;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Mails a link to choose a new password when the address has an account; says nothing
	 * either way.
	 */
	@Transactional
	public void forgot(String email) {
		this.members.findByEmail(Member.normaliseEmail(email)).ifPresent((member) -> {
			Instant now = this.clock.instant();
			boolean justSent = this.tokens.lastIssued(member.getId(), TokenPurpose.RESET_PASSWORD)
				.map((last) -> last.plus(RESEND_PAUSE).isAfter(now))
				.orElse(false);
			if (!justSent) {
				String token = this.tokens.issue(member.getId(), TokenPurpose.RESET_PASSWORD, null);
				this.mails.send(member.getEmail(), member.getLocale(), "resetPassword",
						"/wachtwoord-kiezen?code=" + token, member.getName());
			}
		});
	}

	/** Whether this reset link still works (it is not used by looking). */
	@Transactional(readOnly = true)
	public boolean canReset(String token) {
		return this.tokens.peek(token, TokenPurpose.RESET_PASSWORD).isPresent();
	}

	/**
	 * Sets the new password with the mailed link, which also proves the address, and ends
	 * every session of the member but this one.
	 * @return false when the link no longer works
	 */
	@Transactional
	public boolean reset(String token, String newPassword, String keepSessionId) {
		return this.tokens.use(token, TokenPurpose.RESET_PASSWORD)
			.flatMap((used) -> this.members.findById(used.getMemberId()))
			.map((member) -> {
				member.verifyEmail(this.clock.instant());
				setPassword(member, newPassword, keepSessionId);
				return true;
			})
			.orElse(false);
	}

	/**
	 * Changes the password of a logged-in member who knows the current one.
	 * @return false when the current password is wrong
	 */
	@Transactional
	public boolean change(MemberPrincipal principal, String currentPassword, String newPassword, String keepSessionId) {
		Member member = this.members.findById(principal.id()).orElseThrow();
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, member.getPasswordHash())) {
			return false;
		}
		setPassword(member, newPassword, keepSessionId);
		return true;
	}

	private void setPassword(Member member, String newPassword, String keepSessionId) {
		member.changePassword(this.passwordEncoder.encode(newPassword));
		this.sessions.endAllBut(member.getEmail(), keepSessionId);
		this.mails.send(member.getEmail(), member.getLocale(), "passwordChanged", "/wachtwoord-vergeten",
				member.getName());
	}

}
