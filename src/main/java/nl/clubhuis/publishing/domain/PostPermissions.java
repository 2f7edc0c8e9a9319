package nl.clubhuis.publishing.domain;

/**
 * What the viewer of a post page may do there: edit it, moderate (comments, and a
 * Doetank's posts), comment, report it.
 */
public record PostPermissions(boolean edit, boolean moderate, boolean comment, boolean report) {

}
