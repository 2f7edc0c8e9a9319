package nl.clubhuis.publishing.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PictureFiles;
import nl.clubhuis.publishing.PostContent;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.PostService;
import nl.clubhuis.publishing.Publication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Pictures no post uses are removed after a day; the ones on posts stay. */
@IntegrationTest
class UnusedImageCleanupTest {

	@Autowired
	UnusedImageCleanup cleanup;

	@Autowired
	ImageUploads uploads;

	@Autowired
	PostService posts;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onlyOldPicturesThatNoPostUsesAreRemoved() {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		Long oldUnused = upload(redacteur);
		Long oldOnAPost = upload(redacteur);
		Long freshUnused = upload(redacteur);
		this.posts.write(PostKind.NIEUWS, null,
				new PostContent("Met foto", null, "Tekst", java.util.List.of(), "Een foto", null), oldOnAPost,
				Publication.at(null), redacteur);
		Timestamp twoDaysAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(2)));
		this.jdbc.update("UPDATE image SET uploaded_at = ? WHERE id IN (?, ?)", twoDaysAgo, oldUnused, oldOnAPost);

		this.cleanup.removeUnusedImages();

		assertThat(exists(oldUnused)).isFalse();
		assertThat(exists(oldOnAPost)).isTrue();
		assertThat(exists(freshUnused)).as("the writer may still be correcting the form").isTrue();
	}

	private Long upload(MemberPrincipal uploader) {
		return this.uploads.store(PictureFiles.png("foto.png"), uploader).orElseThrow().getId();
	}

	private boolean exists(Long imageId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM image WHERE id = ?", Integer.class, imageId) == 1;
	}

}
