package nl.clubhuis.member.web;

import nl.clubhuis.member.domain.Member;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without locking anyone out (see {@link LoginDelay}).
 * Failures are counted per client address and per account-and-address pair, in PostgreSQL
 * so every instance sees them: a stranger who guesses one member's password only slows
 * down guesses for that member from the stranger's own address, and one address trying
 * many accounts is slowed down as a whole. Accounts that exist and addresses without an
 * account are treated alike, so the answer reveals nothing.
 * <p>
 * Every attempt that is let through counts as a failure at once, with the rows locked, so
 * a burst of parallel guesses cannot slip past; a successful login takes its own count
 * back and clears its pair.
 */
@Component
class LoginThrottle {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether this attempt may check its password; if so it is counted. */
	@Transactional
	public boolean tryAttempt(String email, String clientAddress) {
		String address = addressKey(clientAddress);
		String pair = pairKey(email, clientAddress);
		// PostgreSQL keeps microseconds (rounding), so a time read back is compared with
		// one
		// of the same precision.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		this.jdbc.update("DELETE FROM login_throttle WHERE last_failure < ?",
				Timestamp.from(now.minus(LoginDelay.FORGET_AFTER)));
		List<String> keys = (address.compareTo(pair) < 0) ? List.of(address, pair) : List.of(pair, address);
		this.jdbc.update(
				"INSERT INTO login_throttle (subject, failures, last_failure) VALUES (?, 0, ?), (?, 0, ?) "
						+ "ON CONFLICT (subject) DO NOTHING",
				keys.get(0), Timestamp.from(now), keys.get(1), Timestamp.from(now));
		boolean allowed = this.jdbc
			.query("SELECT subject, failures, last_failure FROM login_throttle WHERE subject IN (?, ?) "
					+ "ORDER BY subject FOR UPDATE", (row, number) -> {
						LoginDelay rule = row.getString(1).equals(address) ? LoginDelay.PER_ADDRESS
								: LoginDelay.PER_ACCOUNT_AND_ADDRESS;
						return rule.allows(row.getInt(2), row.getTimestamp(3).toInstant(), now);
					}, address, pair)
			.stream()
			.allMatch(Boolean::booleanValue);
		if (allowed) {
			this.jdbc.update(
					"UPDATE login_throttle SET failures = failures + 1, last_failure = ? WHERE subject IN (?, ?)",
					Timestamp.from(now), address, pair);
		}
		return allowed;
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			String clientAddress = details.getRemoteAddress();
			this.jdbc.update("DELETE FROM login_throttle WHERE subject = ?",
					pairKey(event.getAuthentication().getName(), clientAddress));
			this.jdbc.update("UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE subject = ?",
					addressKey(clientAddress));
		}
	}

	/**
	 * The client address, with an IPv6 address cut to its /64 network: one connection
	 * usually has a whole /64 to pick addresses from.
	 */
	static String addressKey(String clientAddress) {
		String address = String.valueOf(clientAddress);
		if (address.indexOf(':') >= 0) {
			try {
				byte[] bytes = InetAddress.getByName(address).getAddress();
				if (bytes.length == 16) {
					Arrays.fill(bytes, 8, 16, (byte) 0);
					address = InetAddress.getByAddress(bytes).getHostAddress() + "/64";
				}
			}
			catch (UnknownHostException ex) {
				// Not an address literal; keep it as it came.
			}
		}
		return "address:" + address;
	}

	/** The account and the address, hashed: the table keeps no e-mail addresses. */
	static String pairKey(String email, String clientAddress) {
		String pair = Member.normaliseEmail(String.valueOf(email)) + "\n" + addressKey(clientAddress);
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(pair.getBytes(StandardCharsets.UTF_8));
			return "pair:" + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
