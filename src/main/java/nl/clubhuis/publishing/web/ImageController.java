package nl.clubhuis.publishing.web;

import java.time.Duration;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.publishing.domain.Image;
import nl.clubhuis.publishing.domain.ImageUploads;
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

	private final ImageUploads images;

	ImageController(ImageUploads images) {
		this.images = images;
	}

	/**
	 * A picture of a published post is public and cached for long; one only its uploader
	 * or the editors of a concept may see is sent privately, and to anyone else it does
	 * not exist.
	 */
	@GetMapping("/afbeeldingen/{id}")
	ResponseEntity<byte[]> image(@PathVariable Long id, Viewer viewer) {
		ImageUploads.Viewable viewable = this.images.viewable(id, viewer)
			.orElseThrow(() -> new NotFoundException("image " + id));
		Image image = viewable.image();
		CacheControl cache = viewable.isPublic() ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
				: CacheControl.noStore();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.getContentType()))
			.cacheControl(cache)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("afbeelding-" + id + "." + image.getContentType().substring(6))
						.build()
						.toString())
			.body(image.getBytes());
	}

}
