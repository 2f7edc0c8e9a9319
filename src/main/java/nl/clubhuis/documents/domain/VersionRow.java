package nl.clubhuis.documents.domain;

import java.time.Instant;
import java.time.ZonedDateTime;

import nl.clubhuis.shared.AmsterdamTime;

/** A version without its bytes, for lists. */
public record VersionRow(Long documentId, int number, String fileName, String contentType, int sizeBytes,
		Instant uploadedAt) {

	public ZonedDateTime uploaded() {
		return AmsterdamTime.of(this.uploadedAt);
	}

	public long kilobytes() {
		return Math.max(1, Math.round(this.sizeBytes / 1024.0));
	}

}
