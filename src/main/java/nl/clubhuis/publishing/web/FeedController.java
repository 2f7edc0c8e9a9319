package nl.clubhuis.publishing.web;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.publishing.PostCard;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.publishing.domain.PostLists;
import nl.clubhuis.shared.ClubhuisProperties;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Atom feeds of the news, the Café blog, all Doetank blogs and each Doetank's blog, built
 * with Rome. Only published posts, the latest {@value #ENTRIES}.
 */
@Controller
class FeedController {

	static final int ENTRIES = 20;

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final PostLists lists;

	private final Doetanks doetanks;

	private final MessageSource messages;

	private final ClubhuisProperties properties;

	FeedController(PostLists lists, Doetanks doetanks, MessageSource messages, ClubhuisProperties properties) {
		this.lists = lists;
		this.doetanks = doetanks;
		this.messages = messages;
		this.properties = properties;
	}

	@GetMapping("/{section:nieuws|cafeblog}/feed")
	ResponseEntity<String> section(@PathVariable String section) throws FeedException {
		PostKind kind = PostKind.ofSection(section);
		return atom(Feeds.ofSection(kind), "/" + section, this.lists.latest(Set.of(kind), ENTRIES));
	}

	@GetMapping("/blogs/feed")
	ResponseEntity<String> allBlogs() throws FeedException {
		return atom(Feeds.ofAllDoetankBlogs(), "/blogs", this.lists.latest(PostKind.ofDoetanks(), ENTRIES));
	}

	@GetMapping("/doetanks/{slug}/blog/feed")
	ResponseEntity<String> doetankBlog(@PathVariable String slug) throws FeedException {
		DoetankRef doetank = this.doetanks.visible(slug, Viewer.anonymous()).doetank();
		return atom(Feeds.ofDoetank(doetank), "/doetanks/" + slug + "/blog",
				this.lists.latestOfDoetank(doetank, PostKind.ofDoetanks(), ENTRIES));
	}

	private ResponseEntity<String> atom(Feeds.Link link, String pagePath, List<PostCard> posts) throws FeedException {
		// The configured public address, never the request's Host: feeds are cached.
		String base = this.properties.baseUrl();
		Feed feed = new Feed("atom_1.0");
		feed.setId(base + link.path());
		feed.setTitle(this.messages.getMessage(link.titleKey(), new Object[] { link.titleArgument() },
				Locale.forLanguageTag("nl")));
		feed.setLanguage("nl");
		feed.setAlternateLinks(List.of(link("alternate", base + pagePath, "text/html")));
		feed.setOtherLinks(List.of(link("self", base + link.path(), "application/atom+xml")));
		feed.setAuthors(List.of(person("Clubhuis")));
		Instant updated = posts.isEmpty() ? Instant.EPOCH : posts.get(0).publishAt().toInstant();
		feed.setUpdated(Date.from(updated));
		feed.setEntries(posts.stream().map((post) -> entry(base, post)).toList());
		String xml = new WireFeedOutput().outputString(feed);
		return ResponseEntity.ok().contentType(ATOM).body(xml);
	}

	private static Entry entry(String base, PostCard post) {
		Entry entry = new Entry();
		entry.setId(base + post.path());
		entry.setTitle(post.title());
		entry.setAlternateLinks(List.of(link("alternate", base + post.path(), "text/html")));
		entry.setAuthors(List.of(person(post.authorName())));
		entry.setPublished(Date.from(post.publishAt().toInstant()));
		entry.setUpdated(Date.from(post.publishAt().toInstant()));
		Content summary = new Content();
		summary.setType("text");
		summary.setValue(post.excerpt());
		entry.setSummary(summary);
		entry.setCategories(List.of());
		return entry;
	}

	private static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private static Person person(String name) {
		Person person = new Person();
		person.setName(name);
		return person;
	}

}
