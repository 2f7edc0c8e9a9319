package nl.clubhuis.agenda.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Name, organisation and e-mail address of the people registered, in one query: the door
 * list and the agenda's mails need the address, which {@code MemberDirectory} does not
 * give. A stand-in that reads the member table until the member module offers
 * {@code MemberDirectory.contacts(ids)}; then this class goes.
 */
@Component
class MemberContacts {

	private final JdbcClient jdbc;

	MemberContacts(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	Map<Long, Contact> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Contact> found = this.jdbc.sql("SELECT id, name, organisation, email FROM member WHERE id IN (:ids)")
			.param("ids", ids.stream().distinct().toList())
			.query(Contact.class)
			.list();
		return found.stream().collect(Collectors.toMap(Contact::id, Function.identity()));
	}

	/** Someone to show on the door list or to mail. */
	record Contact(Long id, String name, String organisation, String email) {
	}

}
