package nl.clubhuis.shared.uploads;

import nl.clubhuis.shared.Slugs;

/** A document that passed the checks, with its type as its content says. */
public record CheckedDocument(DocumentType type, byte[] bytes) {

	/** The name the portal gives the file: "{title as slug}.{extension}". */
	public String fileName(String title) {
		return Slugs.of(title) + "." + this.type.extension();
	}

}
