package nl.clubhuis.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.shared.Mails;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-click unsubscribe (RFC 8058) for notification mails and digests: the signed link in
 * each mail, and turning off exactly what it names for exactly that member. The key is
 * the setting {@code clubhuis.unsubscribe-key}, or else one made once and kept in the
 * database for every instance.
 */
@Service
public class Unsubscribes {

	public static final String PATH = "/afmelden";

	private final JdbcTemplate jdbc;

	private final MailPreferences preferences;

	private final String configuredKey;

	private volatile UnsubscribeToken tokens;

	private final TransactionTemplate ownTransaction;

	Unsubscribes(JdbcTemplate jdbc, MailPreferences preferences, PlatformTransactionManager transactions,
			@Value("${clubhuis.unsubscribe-key:}") String configuredKey) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.preferences = preferences;
		this.configuredKey = configuredKey;
	}

	/** The extras of a mail about this kind ({@code null}: the digest). */
	Mails.Extras extras(long memberId, NotificationKind kind) {
		String subject = (kind != null) ? kind.name() : UnsubscribeToken.DIGEST;
		return Mails.Extras.unsubscribe(PATH + "?t=" + tokens().sign(memberId, subject));
	}

	/** What a token turns off, as a message key; empty when it is not genuine. */
	public Optional<String> describe(String token) {
		return tokens().verify(token).flatMap(Unsubscribes::messageKey);
	}

	/** Turns off what a genuine token names; says what, or empty for a forged one. */
	@Transactional
	public Optional<String> unsubscribe(String token) {
		Optional<UnsubscribeToken.Unsubscribe> found = tokens().verify(token);
		Optional<String> what = found.flatMap(Unsubscribes::messageKey);
		if (what.isPresent()) {
			UnsubscribeToken.Unsubscribe unsubscribe = found.get();
			if (unsubscribe.digest()) {
				this.preferences.setPeriod(unsubscribe.memberId(), DigestPeriod.NEVER);
			}
			else {
				this.preferences.turnOff(unsubscribe.memberId(), NotificationKind.valueOf(unsubscribe.subject()));
			}
		}
		return what;
	}

	private static Optional<String> messageKey(UnsubscribeToken.Unsubscribe unsubscribe) {
		if (unsubscribe.digest()) {
			return Optional.of("notifications.unsubscribe.digest");
		}
		return Arrays.stream(NotificationKind.values())
			.filter((kind) -> kind.name().equals(unsubscribe.subject()))
			.findFirst()
			.map((kind) -> "notification.kind." + kind.name());
	}

	private UnsubscribeToken tokens() {
		UnsubscribeToken made = this.tokens;
		if (made == null) {
			made = new UnsubscribeToken(key());
			this.tokens = made;
		}
		return made;
	}

	/**
	 * The configured key, or the one in the database, made by whoever needs it first: in
	 * a transaction of its own, as the first need may come inside a read-only one.
	 */
	private byte[] key() {
		if (!this.configuredKey.isBlank()) {
			return this.configuredKey.getBytes(StandardCharsets.UTF_8);
		}
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		String stored = this.ownTransaction.execute((status) -> {
			this.jdbc.update("INSERT INTO notification_secret (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING",
					Base64.getEncoder().encodeToString(fresh));
			return this.jdbc.queryForObject("SELECT secret FROM notification_secret WHERE id = 1", String.class);
		});
		return Base64.getDecoder().decode(stored);
	}

}
