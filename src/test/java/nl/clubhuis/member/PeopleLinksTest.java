package nl.clubhuis.member;

import java.util.List;
import java.util.Set;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.Profiles.Draft;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
import nl.clubhuis.publishing.domain.CommentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Names across the portal link to the profile only where this viewer may see it: a
 * members-only profile for members, an open one for everyone, a hidden one never.
 */
@IntegrationTest
class PeopleLinksTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService doetankService;

	@Autowired
	TestPosts posts;

	@Autowired
	CommentService comments;

	@Autowired
	Profiles profiles;

	@Autowired
	MemberDirectory directory;

	MemberPrincipal open;

	MemberPrincipal membersOnly;

	MemberPrincipal hidden;

	MemberPrincipal viewer;

	String doetank;

	WrittenPost post;

	@BeforeEach
	void aTeamWithThreeKindsOfProfile() throws Exception {
		this.open = person("Iris Iedereen", ProfileVisibility.IEDEREEN);
		this.membersOnly = person("Lars Leden", ProfileVisibility.LEDEN);
		this.hidden = person("Nora Niemand", ProfileVisibility.NIEMAND);
		this.viewer = this.people.member("Kees Kijker");
		this.doetank = this.doetanks.active(this.membersOnly, this.people.coach("Coby Coach"));
		for (MemberPrincipal joiner : List.of(this.open, this.hidden)) {
			this.doetankService.requestToJoin(this.doetank, "Graag", joiner);
			this.doetankService.approveRequest(this.doetank, this.doetanks.pendingRequestId(this.doetank, joiner),
					this.membersOnly);
		}
		this.post = this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Blog " + System.nanoTime(),
				this.membersOnly);
		this.comments.add(this.post.slug(), "Mooi", this.open);
		this.comments.add(this.post.slug(), "Eens", this.hidden);
	}

	@Test
	void aVisitorGetsLinksOnlyToOpenProfiles() throws Exception {
		Html team = page(get("/doetanks/" + this.doetank));
		assertThat(team.links(".team__name a")).containsExactly(path(this.open));
		assertThat(team.texts(".team__name")).contains("Iris Iedereen", "Lars Leden", "Nora Niemand");
		assertThat(team.texts(".story-list__meta")).as("the blog's author in a sentence, unlinked")
			.anyMatch((meta) -> meta.startsWith("Door Lars Leden, "));
		assertThat(team.has(".story-list__meta a")).isFalse();

		Html blog = page(get(this.post.path()));
		assertThat(blog.has(".post__author a")).as("a members-only author, unlinked").isFalse();
		assertThat(blog.text(".post__author")).endsWith("Lars Leden");
		assertThat(blog.links(".comment__author a")).containsExactly(path(this.open));
		assertThat(blog.links()).doesNotContain(path(this.membersOnly), path(this.hidden));
	}

	@Test
	void aMemberGetsLinksToOpenAndMembersOnlyProfilesButNeverToAHiddenOne() throws Exception {
		Html team = page(get("/doetanks/" + this.doetank).with(user(this.viewer)));
		assertThat(team.links(".team__name a")).contains(path(this.open), path(this.membersOnly))
			.doesNotContain(path(this.hidden));
		assertThat(team.links(".story-list__meta a")).as("the blog's author in a sentence, linked")
			.containsExactly(path(this.membersOnly));

		Html blog = page(get(this.post.path()).with(user(this.viewer)));
		assertThat(blog.links(".post__author a")).containsExactly(path(this.membersOnly));
		assertThat(blog.texts(".comment__author")).contains("Nora Niemand");
		assertThat(blog.links()).doesNotContain(path(this.hidden));

		Html list = page(get("/doetanks/" + this.doetank + "/blog").with(user(this.viewer)));
		assertThat(list.links(".post-card__author a")).contains(path(this.membersOnly));
		assertThat(page(get("/doetanks/" + this.doetank + "/blog")).has(".post-card__author a")).isFalse();
	}

	private Html page(MockHttpServletRequestBuilder request) throws Exception {
		return Html.of(this.mvc.perform(request));
	}

	private MemberPrincipal person(String name, ProfileVisibility visibility) {
		MemberPrincipal member = this.people.member(name);
		this.profiles.save(member.id(), new Draft("Gemeente", null, null, Set.of(), visibility));
		return member;
	}

	private String path(MemberPrincipal member) {
		return this.directory.find(member.id()).orElseThrow().profilePath();
	}

}
