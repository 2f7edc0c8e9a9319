package nl.clubhuis.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostCatalog;
import nl.clubhuis.publishing.PostContent;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.PostService;
import nl.clubhuis.publishing.Publication;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.annotation.Transactional;

/**
 * News, Café reports, Doetank blog posts and beschouwingen from demo/posts-nl.json,
 * written by the people who would write them. A post whose title is already there is
 * skipped.
 */
class DemoPosts {

	private final PostService posts;

	private final PostCatalog catalog;

	private final Doetanks doetanks;

	private final MemberDirectory members;

	private final Clock clock;

	DemoPosts(PostService posts, PostCatalog catalog, Doetanks doetanks, MemberDirectory members, Clock clock) {
		this.posts = posts;
		this.catalog = catalog;
		this.doetanks = doetanks;
		this.members = members;
		this.clock = clock;
	}

	record DemoPost(String title, String summary, String body, List<String> tags, int daysAgo, String doetank,
			MembershipRole author, Phase phase) {

		PostContent content() {
			return new PostContent(this.title, this.summary, this.body, this.tags, null, this.phase);
		}

	}

	record DemoPostFile(List<DemoPost> news, List<DemoPost> cafeblog, List<DemoPost> doetankBlogs,
			List<DemoPost> reflections) {
	}

	@Transactional
	int load(MemberPrincipal redacteur) throws IOException {
		DemoPostFile file;
		try (InputStream in = new ClassPathResource("demo/posts-nl.json").getInputStream()) {
			file = JsonMapper.builder().build().readValue(in, DemoPostFile.class);
		}
		int added = 0;
		for (DemoPost post : file.news()) {
			added += write(PostKind.NIEUWS, post, redacteur);
		}
		for (DemoPost post : file.cafeblog()) {
			added += write(PostKind.CAFEBLOG, post, redacteur);
		}
		for (DemoPost post : file.doetankBlogs()) {
			added += write(PostKind.DOETANKBLOG, post, teamMember(post.doetank(), post.author()));
		}
		for (DemoPost post : file.reflections()) {
			added += write(PostKind.BESCHOUWING, post, teamMember(post.doetank(), MembershipRole.COACH));
		}
		return added;
	}

	/** The beschouwing a coach wrote on the current phase of a live example, today. */
	void beschouwing(String doetankSlug, String title, String text, MemberPrincipal coach) {
		if (this.catalog.hasPostTitled(title)) {
			return;
		}
		Phase phase = doetank(doetankSlug).phase();
		this.posts.write(PostKind.BESCHOUWING, doetankSlug,
				new PostContent(title, null, text, List.of("experimenteren"), null, phase), null,
				Publication.at(this.clock.instant()), coach);
	}

	private int write(PostKind kind, DemoPost post, MemberPrincipal writer) {
		if (this.catalog.hasPostTitled(post.title())) {
			return 0;
		}
		Instant published = this.clock.instant().minus(Duration.ofDays(post.daysAgo()));
		this.posts.write(kind, post.doetank(), post.content(), null, Publication.at(published), writer);
		return 1;
	}

	/** The team member with this role who joined the portal first. */
	private MemberPrincipal teamMember(String doetankSlug, MembershipRole role) {
		Long memberId = this.doetanks.team(doetank(doetankSlug).id())
			.active()
			.entrySet()
			.stream()
			.filter((member) -> member.getValue().contains(role))
			.map(Map.Entry::getKey)
			.min(Long::compare)
			.orElseThrow(() -> new IllegalStateException("no " + role + " in " + doetankSlug));
		return this.members.actingAs(memberId).orElseThrow();
	}

	private DoetankRef doetank(String slug) {
		return this.doetanks.findBySlug(slug).orElseThrow(() -> new IllegalStateException("no Doetank " + slug));
	}

}
