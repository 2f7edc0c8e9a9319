package nl.clubhuis.member.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Makes and checks the tokens in mailed links: 32 random bytes, of which the database
 * keeps only the SHA-256 hash. A token works once, for its purpose only, until it
 * expires; a new one replaces the member's earlier unused ones of the same kind.
 */
@Component
public class AccountTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountTokenRepository tokens;

	private final Clock clock;

	AccountTokens(AccountTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** A new token; the caller mails it and never stores it. */
	public String issue(Long memberId, TokenPurpose purpose, String newEmail) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.tokens.deleteUnused(memberId, purpose);
		this.tokens.save(new AccountToken(memberId, purpose, hash(token), newEmail, this.clock.instant()));
		return token;
	}

	/** The token when it still works, without using it (to show a form). */
	public Optional<AccountToken> peek(String token, TokenPurpose purpose) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHashAndPurpose(hash(token), purpose)
			.filter((found) -> found.isUsable(this.clock.instant()));
	}

	/** Uses the token, once: empty when it is unknown, used or expired. */
	public Optional<AccountToken> use(String token, TokenPurpose purpose) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		Optional<AccountToken> found = this.tokens.lockByTokenHashAndPurpose(hash(token), purpose)
			.filter((candidate) -> candidate.isUsable(this.clock.instant()));
		found.ifPresent((usable) -> usable.use(this.clock.instant()));
		return found;
	}

	/**
	 * Makes every unused link of this kind void (for example when the account gains a
	 * role).
	 */
	public void revokeUnused(Long memberId, TokenPurpose purpose) {
		this.tokens.deleteUnused(memberId, purpose);
	}

	/**
	 * Whether an unused link of this kind to this new address was sent in the last
	 * {@code within} (a form sent twice).
	 */
	public boolean recentlySentTo(Long memberId, TokenPurpose purpose, String newEmail, java.time.Duration within) {
		return this.tokens.findFirstByMemberIdAndPurposeOrderByCreatedAtDesc(memberId, purpose)
			.filter((last) -> last.getUsedAt() == null && newEmail.equals(last.getNewEmail()))
			.filter((last) -> last.getCreatedAt().isAfter(this.clock.instant().minus(within)))
			.isPresent();
	}

	/** The newest link of this kind that still works, if any. */
	public Optional<AccountToken> stillWorking(Long memberId, TokenPurpose purpose) {
		return this.tokens.findFirstByMemberIdAndPurposeOrderByCreatedAtDesc(memberId, purpose)
			.filter((last) -> last.isUsable(this.clock.instant()));
	}

	/** When this member was last sent a link of this kind. */
	public Optional<java.time.Instant> lastIssued(Long memberId, TokenPurpose purpose) {
		return this.tokens.findFirstByMemberIdAndPurposeOrderByCreatedAtDesc(memberId, purpose)
			.map(AccountToken::getCreatedAt);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
