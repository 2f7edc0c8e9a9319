package nl.clubhuis.contact.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether a member receives messages from other members; without a row they do. */
@Entity
@Table(name = "contact_preference")
public class ContactPreference {

	@Id
	private Long memberId;

	private boolean acceptsMessages;

	private Instant changedAt;

	protected ContactPreference() {
	}

	ContactPreference(Long memberId, boolean acceptsMessages, Instant now) {
		this.memberId = memberId;
		change(acceptsMessages, now);
	}

	void change(boolean acceptsMessages, Instant now) {
		this.acceptsMessages = acceptsMessages;
		this.changedAt = now;
	}

	public Long getMemberId() {
		return this.memberId;
	}

	public boolean isAcceptsMessages() {
		return this.acceptsMessages;
	}

}
