package nl.clubhuis.publishing.domain;

/** Which new posts the viewer of a list may write there. */
public record WritePermissions(boolean post, boolean beschouwing) {

}
