package nl.clubhuis.contact.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.moderation.ReportKind;
import nl.clubhuis.moderation.Reportables;
import nl.clubhuis.moderation.ReportedItem;

import org.springframework.stereotype.Component;

/**
 * Contact messages in the moderation queue. Their recipients report them through the link
 * in the mail ({@link Messaging#report}), not the form, and the message has already been
 * delivered, so it has no page: hiding it changes nothing for the recipient, but the
 * sender hears the redactie's word (a notification) and the decision is on record.
 */
@Component
class MessageReportables implements Reportables {

	private final ContactMessageRepository messages;

	MessageReportables(ContactMessageRepository messages) {
		this.messages = messages;
	}

	@Override
	public ReportKind kind() {
		return ReportKind.MESSAGE;
	}

	@Override
	public Map<Long, ReportedItem> describe(Collection<Long> ids) {
		return this.messages.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(ContactMessage::getId, MessageReportables::itemOf));
	}

	@Override
	public Optional<ReportedItem> seenBy(long id, Viewer viewer) {
		return Optional.empty();
	}

	@Override
	public void hide(long id, String reason) {
		// Delivered by mail: nothing in the portal to hide.
	}

	@Override
	public void restore(long id) {
		// Nothing was hidden.
	}

	private static ReportedItem itemOf(ContactMessage message) {
		String text = (message.getBody() != null) ? message.getSubject() + ": " + message.getBody()
				: message.getSubject();
		return new ReportedItem(message.getSenderId(), text, null, false);
	}

}
