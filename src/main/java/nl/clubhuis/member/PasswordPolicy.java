package nl.clubhuis.member;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which passwords the portal takes: 10 to 128 characters of any script (every character
 * counts, the hash sees them all), not one character repeated, and not one of the 100,000
 * most used passwords (ignoring case). Plain Java, so a form constraint (the forms,
 * through PasswordRules), a service and a unit test all ask the same rule.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	static final String COMMON_PASSWORDS = "/passwords/10-million-password-list-top-100000.txt";

	/** Why a password is refused. */
	public enum Problem {

		TOO_SHORT, TOO_LONG, ONE_CHARACTER_REPEATED, TOO_COMMON;

		/** The message key that tells the member what to do instead. */
		public String messageKey() {
			return "password." + name().toLowerCase(Locale.ROOT).replace('_', '.');
		}

	}

	private final Set<String> common;

	/** A policy that refuses these passwords (compared in lower case) too. */
	public PasswordPolicy(Set<String> commonPasswords) {
		this.common = Set.copyOf(commonPasswords);
	}

	/** The portal's policy, with the list of common passwords read once. */
	public static PasswordPolicy standard() {
		return Standard.POLICY;
	}

	/** Empty when the password is fine, otherwise why not. */
	public Optional<Problem> check(String password) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of(Problem.TOO_SHORT);
		}
		if (length > MAX_LENGTH) {
			return Optional.of(Problem.TOO_LONG);
		}
		if (password.codePoints().distinct().count() == 1) {
			return Optional.of(Problem.ONE_CHARACTER_REPEATED);
		}
		if (this.common.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of(Problem.TOO_COMMON);
		}
		return Optional.empty();
	}

	public boolean accepts(String password) {
		return check(password).isEmpty();
	}

	/**
	 * Reads the list of common passwords, keeping only those the length rule does not
	 * already refuse (2,344 of the 100,000), in lower case.
	 */
	static Set<String> readCommonPasswords(InputStream in) {
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				int length = line.codePointCount(0, line.length());
				if (length >= MIN_LENGTH && length <= MAX_LENGTH) {
					passwords.add(line.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return passwords;
	}

	/** Loaded on first use, once per JVM (the holder idiom). */
	private static final class Standard {

		static final PasswordPolicy POLICY = new PasswordPolicy(load());

		private static Set<String> load() {
			InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
			if (in == null) {
				throw new IllegalStateException("Missing " + COMMON_PASSWORDS);
			}
			return readCommonPasswords(in);
		}

	}

}
