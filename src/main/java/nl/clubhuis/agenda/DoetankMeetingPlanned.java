package nl.clubhuis.agenda;

import java.time.Instant;

/**
 * A Doetank's trekker (or a beheerder, {@code actorId}) announced a meeting of the team.
 * Published in the transaction that announces it.
 */
public record DoetankMeetingPlanned(long eventId, long doetankId, String title, String path, Instant startsAt,
		Long actorId) {
}
