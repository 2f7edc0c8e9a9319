package nl.clubhuis.toolkit.web;

import java.time.Duration;

import nl.clubhuis.shared.uploads.Downloads;
import nl.clubhuis.toolkit.domain.WerkvormCatalog;
import nl.clubhuis.toolkit.domain.WerkvormTemplate;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves template files as downloads, never shown inline ({@link Downloads}). */
@Controller
class TemplateController {

	private final WerkvormCatalog catalog;

	TemplateController(WerkvormCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/toolkit/{slug}/bestanden/{id}")
	ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable Long id) {
		WerkvormTemplate template = this.catalog.template(slug, id);
		return Downloads.attachment(template.getFileName(), template.getContentType(), template.getBytes(),
				CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
	}

}
