package nl.clubhuis.shared.uploads;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Serves an uploaded file as a download, never shown inline: its checked type, the name
 * the portal chose, no sniffing, and a sandbox should a browser open it anyway.
 */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] bytes,
			CacheControl cache) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.cacheControl(cache)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.body(bytes);
	}

}
