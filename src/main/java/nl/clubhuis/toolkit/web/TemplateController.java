package nl.clubhuis.toolkit.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import nl.clubhuis.toolkit.domain.WerkvormCatalog;
import nl.clubhuis.toolkit.domain.WerkvormTemplate;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves template files as downloads, never shown inline: their checked type, the name
 * the portal chose, no sniffing (set for every response) and a sandbox should a browser
 * open one anyway.
 */
@Controller
class TemplateController {

	private final WerkvormCatalog catalog;

	TemplateController(WerkvormCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/toolkit/{slug}/bestanden/{id}")
	ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable Long id) {
		WerkvormTemplate template = this.catalog.template(slug, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(template.getContentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(template.getFileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.body(template.getBytes());
	}

}
