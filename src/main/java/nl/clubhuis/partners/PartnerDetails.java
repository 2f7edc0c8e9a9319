package nl.clubhuis.partners;

/**
 * What the redactie says about a partner, trimmed: the description is Markdown, the link
 * (optional) a web address.
 */
public record PartnerDetails(PartnerKind kind, String name, String description, String url) {
}
