package nl.clubhuis.agenda.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.clubhuis.member.MemberContact;
import nl.clubhuis.member.MemberDirectory;

import org.springframework.stereotype.Component;

/** The people on a door list or in the agenda's mails, looked up in one query. */
@Component
class MemberContacts {

	private final MemberDirectory members;

	MemberContacts(MemberDirectory members) {
		this.members = members;
	}

	Map<Long, Contact> byIds(Collection<Long> ids) {
		return this.members.contacts(ids)
			.values()
			.stream()
			.collect(Collectors.toMap(MemberContact::id, (member) -> new Contact(member.id(), member.name(),
					member.organisation(), member.email(), member.locale())));
	}

	/** Someone to show on the door list or to mail, in their language. */
	record Contact(Long id, String name, String organisation, String email, Locale locale) {
	}

}
