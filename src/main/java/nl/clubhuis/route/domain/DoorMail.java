package nl.clubhuis.route.domain;

import java.util.List;
import java.util.Locale;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.member.MemberContact;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.route.DoorState;
import nl.clubhuis.shared.Mails;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The answer to a request to open a door, mailed back to the asker after the commit, in
 * their language, with a link to the request's page. (Who is asked hears of the request
 * as a DOOR_REQUESTED notification.) No mail carries anyone's address: people answer on
 * the portal.
 */
@Component
public class DoorMail {

	private final Mails mails;

	private final MemberDirectory members;

	private final MessageSource messages;

	DoorMail(Mails mails, MemberDirectory members, MessageSource messages) {
		this.mails = mails;
		this.members = members;
		this.messages = messages;
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

}
