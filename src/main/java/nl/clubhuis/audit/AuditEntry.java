package nl.clubhuis.audit;

import java.time.Instant;

/**
 * A fact as the logboek holds it. The ids of the actor, the member and the Doetank are
 * null when there was none or when it has since been erased.
 */
public record AuditEntry(Long id, Instant recordedAt, AuditKind kind, Long actorId, Long memberId, Long doetankId,
		String detail) {

}
