package nl.clubhuis.shared;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: Argon2 ({@code {argon2}}), which sees every character of a
 * password up to the policy's 128, where bcrypt ignores every byte past 72. Hashes made
 * earlier with bcrypt ({@code {bcrypt}}) still match, and Spring Security replaces them
 * with an Argon2 hash at the member's next successful login.
 */
public final class PasswordHashing {

	public static final String DEFAULT_ID = "argon2";

	private PasswordHashing() {
	}

	/** The production encoder: Spring Security's recommended Argon2 settings. */
	public static PasswordEncoder encoder() {
		return encoder(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
	}

	/**
	 * New hashes with this Argon2 encoder (tests use a cheap one); old bcrypt ones match.
	 */
	public static PasswordEncoder encoder(Argon2PasswordEncoder argon2) {
		return new DelegatingPasswordEncoder(DEFAULT_ID, Map.of(DEFAULT_ID, argon2, "bcrypt", new Bcrypt()));
	}

	/**
	 * Checks old bcrypt hashes. No bcrypt hash was ever made of more than 72 bytes
	 * (bcrypt refused them), so a longer password cannot be the one hashed; without this
	 * check bcrypt would compare only its first 72 bytes, and the upgrade would then
	 * store a hash of the longer one.
	 */
	private static final class Bcrypt implements PasswordEncoder {

		private static final int MAX_BYTES = 72;

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

		@Override
		public String encode(CharSequence rawPassword) {
			return this.bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			if (rawPassword != null && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
				return false;
			}
			return this.bcrypt.matches(rawPassword, encodedPassword);
		}

	}

}
