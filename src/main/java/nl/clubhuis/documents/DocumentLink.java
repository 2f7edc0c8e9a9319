package nl.clubhuis.documents;

/** A document as another page links to it: its newest version's download. */
public record DocumentLink(Long id, Long doetankId, String title, String downloadPath, Visibility visibility) {
}
