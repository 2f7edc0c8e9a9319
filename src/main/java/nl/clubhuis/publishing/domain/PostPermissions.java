package nl.clubhuis.publishing.domain;

/** What the viewer of a post page may do there. */
public record PostPermissions(boolean edit, boolean moderate, boolean comment) {

}
