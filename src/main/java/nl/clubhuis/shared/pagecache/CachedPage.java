package nl.clubhuis.shared.pagecache;

import java.util.List;

/**
 * A page as an anonymous visitor got it: its headers (never a cookie), its body, the body
 * compressed with gzip (null when not worth it) and a strong ETag of the body.
 */
record CachedPage(List<Header> headers, byte[] body, byte[] gzipped, String etag) {

	int weight() {
		return this.body.length + (this.gzipped != null ? this.gzipped.length : 0) + 512;
	}

	record Header(String name, String value) {
	}

}
