package nl.clubhuis.publishing;

import java.time.Instant;

import nl.clubhuis.doetank.DoetankRef;

/**
 * A post was published (now or at a moment to come: {@code publishedAt}); written once,
 * when it leaves concept or is written published. {@code doetank} is null for news and
 * the Café blog. Published inside the writing transaction.
 */
public record PostPublished(PostRef post, PostKind kind, DoetankRef doetank, Long writerId, Instant publishedAt) {

}
