package nl.clubhuis.documents;

import nl.clubhuis.doetank.Phase;

/** What the team says about a document it uploads. */
public record NewDocument(String title, DocumentKind kind, Phase phase, Visibility visibility) {
}
