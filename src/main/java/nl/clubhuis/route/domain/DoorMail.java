package nl.clubhuis.route.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.member.MemberContact;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.route.DoorState;
import nl.clubhuis.shared.Mails;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mails about a request to open a door, after the commit, each in the reader's language,
 * with a link to the request's page: to the supporter asked (or to every beheerder, for
 * the supportcomité), and the answer back to the asker. No mail carries anyone's address:
 * people answer on the portal.
 */
@Component
public class DoorMail {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final Mails mails;

	private final MemberDirectory members;

	private final MessageSource messages;

	DoorMail(Mails mails, MemberDirectory members, MessageSource messages) {
		this.mails = mails;
		this.members = members;
		this.messages = messages;
	}

	/**
	 * {0} the reader, {1} the asker, {2} the Doetank, {3} to whom, {4} why, {5} by when,
	 * {6} 1 when it went to the supportcomité.
	 */
	public void asked(DoetankRef doetank, DoorRequest request) {
		List<Long> readers = request.isForCommittee() ? this.members.beheerderIds() : List.of(request.getSupporterId());
		List<Long> ids = new ArrayList<>(readers);
		ids.add(request.getAskedById());
		Map<Long, MemberContact> contacts = this.members.contacts(ids);
		MemberContact asker = contacts.get(request.getAskedById());
		for (Long id : readers) {
			MemberContact reader = contacts.get(id);
			if (reader != null && asker != null) {
				this.mails.send(reader.email(), reader.locale(), "doorRequest", path(doetank, request), reader.name(),
						asker.name(), doetank.title(), request.getToWhom(), request.getReason(),
						day(request.getWantedBy(), reader.locale()), request.isForCommittee() ? 1 : 0);
			}
		}
	}

	/**
	 * {0} the asker, {1} the Doetank, {2} to whom, {3} the answer's name, {4} its line.
	 */
	public void answered(DoetankRef doetank, DoorRequest request) {
		MemberContact asker = this.members.contacts(List.of(request.getAskedById())).get(request.getAskedById());
		if (asker != null) {
			this.mails.send(asker.email(), asker.locale(), "doorAnswered", path(doetank, request), asker.name(),
					doetank.title(), request.getToWhom(), state(request.getState(), asker.locale()),
					(request.getAnswer() != null) ? request.getAnswer() : "");
		}
	}

	private static String path(DoetankRef doetank, DoorRequest request) {
		return doetank.path() + "/deuren/" + request.getId();
	}

	private String state(DoorState state, Locale locale) {
		return this.messages.getMessage("doors.state." + state, null, locale);
	}

	private static String day(LocalDate day, Locale locale) {
		return DAY.withLocale(locale).format(day);
	}

}
