package nl.clubhuis.questions.web;

import java.util.UUID;

/** The one-time token of a form; a missing or garbled one gets a fresh one. */
final class Tokens {

	private Tokens() {
	}

	static UUID parse(String token) {
		try {
			return (token != null) ? UUID.fromString(token) : UUID.randomUUID();
		}
		catch (IllegalArgumentException ex) {
			return UUID.randomUUID();
		}
	}

}
