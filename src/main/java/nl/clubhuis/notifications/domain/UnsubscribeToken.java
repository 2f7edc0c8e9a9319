package nl.clubhuis.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a one-click unsubscribe link: the member's id and what they turn off (a
 * kind's name, or {@code digest}), signed with HMAC-SHA256, so nobody can make or alter
 * one without the key.
 */
final class UnsubscribeToken {

	static final String DIGEST = "digest";

	private static final Pattern FORM = Pattern.compile("(\\d{1,18})\\.([A-Za-z_]{1,40})\\.([A-Za-z0-9_-]{43})");

	private final byte[] key;

	UnsubscribeToken(byte[] key) {
		this.key = key.clone();
	}

	String sign(long memberId, String subject) {
		return memberId + "." + subject + "." + mac(memberId + "." + subject);
	}

	/** Who turns off what, when the token is whole and signed with this key. */
	Optional<Unsubscribe> verify(String token) {
		Matcher matcher = (token != null) ? FORM.matcher(token) : null;
		if (matcher == null || !matcher.matches()) {
			return Optional.empty();
		}
		String signed = matcher.group(1) + "." + matcher.group(2);
		boolean genuine = MessageDigest.isEqual(mac(signed).getBytes(StandardCharsets.US_ASCII),
				matcher.group(3).getBytes(StandardCharsets.US_ASCII));
		return genuine ? Optional.of(new Unsubscribe(Long.parseLong(matcher.group(1)), matcher.group(2)))
				: Optional.empty();
	}

	private String mac(String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** A member turns off the mail for one kind, or the digest ({@link #DIGEST}). */
	record Unsubscribe(long memberId, String subject) {

		boolean digest() {
			return DIGEST.equals(this.subject);
		}

	}

}
