package nl.clubhuis.contact.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.clubhuis.member.MemberContact;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.member.ProfileVisibility;
import nl.clubhuis.shared.ClubhuisProperties;
import nl.clubhuis.shared.Mails;

import org.springframework.stereotype.Component;

/**
 * Mails a message to each recipient, in their own language, after the commit. The mail
 * names the sender (name, organisation, their profile when it is not hidden) and says how
 * to answer: by mail when the sender shared their address (then the only Reply-To), or
 * through the portal. Below it the link to report the message. One statement for all the
 * addresses.
 * <p>
 * The texts are {@code mail.contactMessage.*} (answer through the portal) and
 * {@code mail.contactReplyByMail.*}, with the arguments: {0} the sender's name, {1} the
 * name with the organisation, {2} the subject, {3} the text, {4} 1 when it went to a
 * Doetank's trekkers, {5} the Doetank's title, {6} 1 when the sender's profile is linked,
 * {7} the profile's address.
 */
@Component
class ContactMail {

	private final Mails mails;

	private final MemberDirectory members;

	private final ClubhuisProperties properties;

	ContactMail(Mails mails, MemberDirectory members, ClubhuisProperties properties) {
		this.mails = mails;
		this.members = members;
		this.properties = properties;
	}

	void send(MemberRef sender, Addressee to, Letter letter, String reportToken) {
		List<Long> ids = new ArrayList<>(to.recipientIds());
		ids.add(sender.id());
		Map<Long, MemberContact> contacts = this.members.contacts(ids);
		MemberContact from = contacts.get(sender.id());
		String who = (from.organisation() != null) ? from.name() + " (" + from.organisation() + ")" : from.name();
		boolean byMail = letter.shareAddress();
		Mails.Extras extras = new Mails.Extras(byMail ? from.email() : null, "/berichten/melden?code=" + reportToken);
		for (Long id : to.recipientIds()) {
			MemberContact recipient = contacts.get(id);
			if (recipient == null) {
				continue;
			}
			this.mails.send(extras, recipient.email(), recipient.locale(),
					byMail ? "contactReplyByMail" : "contactMessage", byMail ? null : sender.profilePath() + "/bericht",
					from.name(), who, letter.subject(), letter.text(), to.isDoetank() ? 1 : 0,
					to.isDoetank() ? to.name() : "", (sender.visibility() != ProfileVisibility.NIEMAND) ? 1 : 0,
					this.properties.baseUrl() + sender.profilePath());
		}
	}

}
