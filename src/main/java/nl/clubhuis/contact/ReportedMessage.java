package nl.clubhuis.contact;

import java.time.Instant;

/**
 * A message its recipient reported, as the beheerders read it.
 *
 * @param recipientId the member it went to, or {@code null} when it went to the trekkers
 * of a Doetank
 * @param doetankId the Doetank whose trekkers it went to, or {@code null}
 * @param text the message, or {@code null} once it is erased
 */
public record ReportedMessage(Long id, Long senderId, Long recipientId, Long doetankId, String subject, String text,
		Instant sentAt, Instant reportedAt) {
}
