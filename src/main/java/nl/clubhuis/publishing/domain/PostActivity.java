package nl.clubhuis.publishing.domain;

import java.util.List;

import nl.clubhuis.publishing.PostCatalog;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.shared.NetworkActivity;

import org.springframework.stereotype.Component;

/**
 * Publishing's share of what moves in the network: the latest published blog posts and
 * beschouwingen of the Doetanks. One statement.
 */
@Component
class PostActivity implements NetworkActivity {

	private final PostCatalog posts;

	PostActivity(PostCatalog posts) {
		this.posts = posts;
	}

	@Override
	public List<Activity> recent(int howMany) {
		return this.posts.latest(PostKind.ofDoetanks(), howMany)
			.stream()
			.map((post) -> new Activity(post.publishAt().toInstant(), "home.activity.post",
					List.of(post.title(), (post.doetankTitle() != null) ? post.doetankTitle() : ""), post.path()))
			.toList();
	}

}
