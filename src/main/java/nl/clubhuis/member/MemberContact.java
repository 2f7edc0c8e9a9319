package nl.clubhuis.member;

import nl.clubhuis.member.domain.Language;

import java.util.Locale;

/**
 * A member with the address to write to: for the organisers' door list and the mails the
 * portal sends them, in the language they chose ({@code nl} or {@code en}). Never shown
 * to other members.
 */
public record MemberContact(Long id, String name, String organisation, String email, Language language) {

	public Locale locale() {
		return this.language.locale();
	}

}
