package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.Theme;

import java.time.Instant;
import java.time.ZonedDateTime;

import nl.clubhuis.member.MemberRef;
import nl.clubhuis.shared.AmsterdamTime;

/**
 * A vraagstuk waiting for intake, as the coach overview lists it, with who brought it in
 * (null only before the author is looked up) and when (in Amsterdam).
 */
public record ProposalSummary(String slug, String title, String vraagstuk, Theme theme, ZonedDateTime createdAt,
		Long authorId, MemberRef author) {

	/** As the query finds it: the author by id. */
	public ProposalSummary(String slug, String title, String vraagstuk, Theme theme, Instant createdAt, Long authorId) {
		this(slug, title, vraagstuk, theme, AmsterdamTime.of(createdAt), authorId, null);
	}

	ProposalSummary by(MemberRef author) {
		return new ProposalSummary(this.slug, this.title, this.vraagstuk, this.theme, this.createdAt, this.authorId,
				author);
	}

}
