package nl.clubhuis.toolkit;

import nl.clubhuis.shared.uploads.DocumentType;

/** A template as a werkvorm page lists it, without its bytes. */
public record TemplateFile(Long id, String title, String fileName, String contentType, int sizeBytes) {

	/** "PDF", "Excel" …: what people call the kind of file. */
	public String kind() {
		return DocumentType.ofContentType(this.contentType).label();
	}

	public long kilobytes() {
		return Math.max(1, Math.round(this.sizeBytes / 1024.0));
	}

}
