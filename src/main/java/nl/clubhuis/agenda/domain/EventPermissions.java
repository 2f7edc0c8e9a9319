package nl.clubhuis.agenda.domain;

/**
 * What one viewer may do with one event: {@code see} it at all, {@code manage} it (edit,
 * see who comes, call it off) and {@code attend} it (register).
 */
public record EventPermissions(boolean see, boolean manage, boolean attend) {
}
