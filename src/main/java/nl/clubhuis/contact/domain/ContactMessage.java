package nl.clubhuis.contact.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message sent through the portal, to a member or to the trekkers of a Doetank. The
 * link to report it is kept as the hash of its token; the text only for a while (see
 * {@link ContactRetention}).
 */
@Entity
@Table(name = "contact_message")
public class ContactMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long senderId;

	private Long recipientId;

	private Long doetankId;

	private String subject;

	private String body;

	private boolean replyByMail;

	private String formToken;

	private String reportTokenHash;

	private Instant sentAt;

	private Instant reportedAt;

	protected ContactMessage() {
	}

	ContactMessage(Long senderId, Addressee to, Letter letter, String reportTokenHash, Instant now) {
		this.senderId = senderId;
		this.recipientId = to.memberId();
		this.doetankId = to.doetankId();
		this.subject = letter.subject();
		this.body = letter.text();
		this.replyByMail = letter.shareAddress();
		this.formToken = letter.formToken();
		this.reportTokenHash = reportTokenHash;
		this.sentAt = now;
	}

	/** Marks it reported; a second report changes nothing. Whether this one was new. */
	boolean report(Instant now) {
		if (this.reportedAt != null) {
			return false;
		}
		this.reportedAt = now;
		return true;
	}

	public Long getId() {
		return this.id;
	}

	public Long getSenderId() {
		return this.senderId;
	}

	public Long getRecipientId() {
		return this.recipientId;
	}

	public Long getDoetankId() {
		return this.doetankId;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getBody() {
		return this.body;
	}

	public boolean isReplyByMail() {
		return this.replyByMail;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

}
