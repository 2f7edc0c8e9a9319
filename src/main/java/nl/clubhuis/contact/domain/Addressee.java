package nl.clubhuis.contact.domain;

import java.util.List;

/**
 * Whom a message goes to, as the form shows it: a name, never an address.
 *
 * @param name the member's name, or the Doetank's title
 * @param page where the recipient is on the portal (the profile or the Doetank page)
 * @param memberId the member, or {@code null} for a Doetank
 * @param doetankId the Doetank, or {@code null} for a member
 * @param recipientIds who receive the mail: the member, or the trekkers who accept
 * messages (never the sender)
 * @param senderMustShareAddress the sender cannot be answered through the portal (their
 * own profile is hidden or they switched messages off), so they must share their address
 */
public record Addressee(String name, String page, Long memberId, Long doetankId, List<Long> recipientIds,
		boolean senderMustShareAddress) {

	public boolean isDoetank() {
		return this.doetankId != null;
	}

	/** The form's address. */
	public String formPath() {
		return this.page + "/bericht";
	}

}
