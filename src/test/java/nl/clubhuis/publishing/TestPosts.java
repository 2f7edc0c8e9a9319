package nl.clubhuis.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;

import org.springframework.boot.test.context.TestComponent;

/** Posts for tests, written through the service as a user would. */
@TestComponent
public class TestPosts {

	private final PostService posts;

	public TestPosts(PostService posts) {
		this.posts = posts;
	}

	public static PostContent content(String title, String body, String... tags) {
		return new PostContent(title, null, body, List.of(tags), null, Phase.INITIEREN);
	}

	/** Published a minute ago. */
	public Post published(PostKind kind, String doetank, String title, MemberPrincipal writer) {
		return this.posts.write(kind, doetank, content(title, "Tekst bij " + title, "groei"), null,
				Publication.at(Instant.now().minus(Duration.ofMinutes(1))), writer);
	}

	public Post concept(PostKind kind, String doetank, String title, MemberPrincipal writer) {
		return this.posts.write(kind, doetank, content(title, "Concept: " + title), null, Publication.concept(),
				writer);
	}

	/** Published, but only from tomorrow. */
	public Post scheduled(PostKind kind, String doetank, String title, MemberPrincipal writer) {
		return this.posts.write(kind, doetank, content(title, "Ingepland: " + title), null,
				Publication.at(Instant.now().plus(Duration.ofDays(1))), writer);
	}

}
