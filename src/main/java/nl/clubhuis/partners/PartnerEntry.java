package nl.clubhuis.partners;

import nl.clubhuis.shared.Markdown;

/** A partner as the partners page lists it; the description is Markdown. */
public record PartnerEntry(Long id, PartnerKind kind, String name, String description, String url) {

	/** The description as safe HTML. */
	public String descriptionHtml() {
		return Markdown.toHtml(this.description);
	}

}
