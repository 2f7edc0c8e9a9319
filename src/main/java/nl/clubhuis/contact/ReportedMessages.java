package nl.clubhuis.contact;

import nl.clubhuis.contact.domain.ContactMessageRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages recipients reported, newest report first, a page at a time (two
 * statements), for the beheerders; the beheer pages look the people and Doetanks up.
 */
@Service
@Transactional(readOnly = true)
public class ReportedMessages {

	public static final int PAGE_SIZE = 20;

	private final ContactMessageRepository messages;

	ReportedMessages(ContactMessageRepository messages) {
		this.messages = messages;
	}

	/** One page (0-based). */
	public Page<ReportedMessage> page(int page) {
		return this.messages.findReported(PageRequest.of(page, PAGE_SIZE))
			.map((message) -> new ReportedMessage(message.getId(), message.getSenderId(), message.getRecipientId(),
					message.getDoetankId(), message.getSubject(), message.getBody(), message.getSentAt(),
					message.getReportedAt()));
	}

}
