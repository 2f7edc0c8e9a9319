package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.Theme;

import java.time.Instant;
import java.time.ZonedDateTime;

import nl.clubhuis.member.MemberRef;
import nl.clubhuis.shared.AmsterdamTime;

/**
 * A vraagstuk waiting for intake, as the coach overview lists it, with who brought it in
 * and when (in Amsterdam).
 */
public record ProposalSummary(String slug, String title, String vraagstuk, Theme theme, ZonedDateTime createdAt,
		Long authorId, String authorName, String authorOrganisation) {

	/** As the query finds it: the author by id. */
	public ProposalSummary(String slug, String title, String vraagstuk, Theme theme, Instant createdAt, Long authorId) {
		this(slug, title, vraagstuk, theme, AmsterdamTime.of(createdAt), authorId, null, null);
	}

	ProposalSummary by(MemberRef author) {
		return (author == null) ? this : new ProposalSummary(this.slug, this.title, this.vraagstuk, this.theme,
				this.createdAt, this.authorId, author.name(), author.organisation());
	}

}
