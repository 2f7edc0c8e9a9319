package nl.clubhuis.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.domain.LocatedPost;
import nl.clubhuis.publishing.domain.PostWriting;

import org.springframework.boot.test.context.TestComponent;

/** Posts for tests, written through the service as a user would. */
@TestComponent
public class TestPosts {

	private final PostWriting posts;

	public TestPosts(PostWriting posts) {
		this.posts = posts;
	}

	/** What a test needs of a post it wrote. */
	public record WrittenPost(Long id, String slug, String title, String path, long version, Phase phase,
			java.time.Instant publishAt) {

		static WrittenPost of(LocatedPost located) {
			return new WrittenPost(located.post().getId(), located.post().getSlug(), located.post().getTitle(),
					located.path(), located.post().getVersion(), located.post().getPhase(),
					located.post().getPublishAt());
		}

	}

	public static PostContent content(String title, String body, String... tags) {
		return new PostContent(title, null, body, List.of(tags), null, Phase.INITIEREN);
	}

	/** Published a minute ago. */
	public WrittenPost published(PostKind kind, String doetank, String title, MemberPrincipal writer) {
		return write(kind, doetank, content(title, "Tekst bij " + title, "groei"),
				Publication.at(Instant.now().minus(Duration.ofMinutes(1))), writer);
	}

	/** Published at this moment (in the past, or it is ingepland). */
	public WrittenPost publishedAt(PostKind kind, String doetank, String title, MemberPrincipal writer, Instant at) {
		return write(kind, doetank, content(title, "Tekst bij " + title), Publication.at(at), writer);
	}

	public WrittenPost concept(PostKind kind, String doetank, String title, MemberPrincipal writer) {
		return write(kind, doetank, content(title, "Concept: " + title), Publication.concept(), writer);
	}

	/** Published, but only from tomorrow. */
	public WrittenPost scheduled(PostKind kind, String doetank, String title, MemberPrincipal writer) {
		return write(kind, doetank, content(title, "Ingepland: " + title),
				Publication.at(Instant.now().plus(Duration.ofDays(1))), writer);
	}

	private WrittenPost write(PostKind kind, String doetank, PostContent content, Publication publication,
			MemberPrincipal writer) {
		return WrittenPost.of(this.posts.write(kind, doetank, content, null, publication, writer));
	}

}
