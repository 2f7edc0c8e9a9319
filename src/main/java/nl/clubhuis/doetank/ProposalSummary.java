package nl.clubhuis.doetank;

import java.time.Instant;

/** A vraagstuk waiting for intake, as the coach overview lists it. */
public record ProposalSummary(String slug, String title, String vraagstuk, Theme theme, Instant createdAt,
		String authorName, String authorOrganisation) {
}
