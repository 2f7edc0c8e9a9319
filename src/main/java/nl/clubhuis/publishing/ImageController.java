package nl.clubhuis.publishing;

import java.time.Duration;

import nl.clubhuis.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves uploaded pictures with safe headers: their own type, no sniffing (set for every
 * response), shown inline under a name the portal chose. A picture never changes, so it
 * may be cached for long.
 */
@Controller
class ImageController {

	private final ImageRepository images;

	ImageController(ImageRepository images) {
		this.images = images;
	}

	@GetMapping("/afbeeldingen/{id}")
	ResponseEntity<byte[]> image(@PathVariable Long id) {
		return this.images.findById(id)
			.map((image) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.getContentType()))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline()
							.filename("afbeelding-" + id + "." + image.getContentType().substring(6))
							.build()
							.toString())
				.body(image.getBytes()))
			.orElseThrow(() -> new NotFoundException("image " + id));
	}

}
