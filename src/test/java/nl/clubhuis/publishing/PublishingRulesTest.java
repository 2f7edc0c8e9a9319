package nl.clubhuis.publishing;

import java.util.List;
import java.util.Set;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.DoetankStories;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
import nl.clubhuis.publishing.domain.LocatedPost;
import nl.clubhuis.publishing.domain.PostLists;
import nl.clubhuis.publishing.domain.PostWriting;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of the domain model for posts: who writes what, who sees concepts and
 * ingeplande posts, and slugs that stay.
 */
@IntegrationTest
class PublishingRulesTest {

	@Autowired
	PostWriting service;

	@Autowired
	PostCatalog catalog;

	@Autowired
	PostLists lists;

	@Autowired
	Doetanks doetankRefs;

	@Autowired
	DoetankStories stories;

	@Autowired
	DoetankService doetankService;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestPosts posts;

	MemberPrincipal trekker;

	MemberPrincipal coach;

	MemberPrincipal redacteur;

	MemberPrincipal outsider;

	String doetank;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void aDoetankWithATeamAndARedacteur() {
		this.trekker = this.people.member("Tessa Trekker");
		this.coach = this.people.coach("Cor Coach");
		this.redacteur = this.people.redacteur("Roos Redacteur");
		this.outsider = this.people.member("Olga Buitenstaander");
		this.doetank = this.doetanks.active(this.trekker, this.coach);
	}

	@Test
	void onlyRedacteursPublishNewsAndTheCafeBlog() {
		for (PostKind kind : List.of(PostKind.NIEUWS, PostKind.CAFEBLOG)) {
			assertThatThrownBy(() -> this.posts.published(kind, null, "Van een lid", this.outsider))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.posts.published(kind, null, "Van een coach", this.coach))
				.isInstanceOf(AccessDeniedException.class);
			WrittenPost post = this.posts.published(kind, null, "Van de redactie", this.redacteur);
			assertThat(this.service.show(post.slug(), Viewer.anonymous()).post().getTitle())
				.isEqualTo("Van de redactie");
		}
	}

	@Test
	void onlyMembersOfADoetankWriteOnItsBlog() {
		assertThatThrownBy(
				() -> this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Ik hoor er niet bij", this.outsider))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Redactie", this.redacteur))
			.isInstanceOf(AccessDeniedException.class);

		WrittenPost post = this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Onze eerste week", this.trekker);

		assertThat(post.path()).isEqualTo("/doetanks/" + this.doetank + "/blog/" + post.slug());
		assertThat(post.phase()).as("a blog post belongs to the phase it was written in")
			.isEqualTo(this.doetankRefs.findBySlug(this.doetank).orElseThrow().phase());
	}

	@Test
	void onlyItsCoachesWriteBeschouwingenOnPhasesItReached() {
		MemberPrincipal otherCoach = this.people.coach("Andere Coach");
		assertThatThrownBy(
				() -> this.posts.published(PostKind.BESCHOUWING, this.doetank, "Van de trekker", this.trekker))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> this.posts.published(PostKind.BESCHOUWING, this.doetank, "Van een andere coach", otherCoach))
			.isInstanceOf(AccessDeniedException.class);
		PostContent tooFar = new PostContent("Over verbreden", null, "Nog lang niet.", List.of(), null,
				Phase.VERBREDEN);
		assertThatThrownBy(() -> this.service.write(PostKind.BESCHOUWING, this.doetank, tooFar, null,
				Publication.at(null), this.coach))
			.isInstanceOf(RuleViolationException.class);

		this.posts.published(PostKind.BESCHOUWING, this.doetank, "Het team zoekt de echte vraag", this.coach);

		DoetankRef doetank = this.doetankRefs.findBySlug(this.doetank).orElseThrow();
		assertThat(this.stories.beschouwingen(doetank)).extracting((story) -> story.title(), (story) -> story.phase())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Het team zoekt de echte vraag", Phase.INITIEREN));
	}

	@Test
	void conceptsAndIngeplandePostsAreSeenOnlyByWhoMayEditThem() {
		WrittenPost concept = this.posts.concept(PostKind.NIEUWS, null, "Nog niet af", this.redacteur);
		WrittenPost scheduled = this.posts.scheduled(PostKind.NIEUWS, null, "Komt morgen", this.redacteur);
		WrittenPost blogConcept = this.posts.concept(PostKind.DOETANKBLOG, this.doetank, "Blog in de maak",
				this.trekker);

		for (WrittenPost hidden : List.of(concept, scheduled, blogConcept)) {
			assertThatThrownBy(() -> this.service.show(hidden.slug(), Viewer.anonymous()))
				.as("anonymous: " + hidden.title())
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.service.show(hidden.slug(), Viewer.of(this.outsider)))
				.as("a member: " + hidden.title())
				.isInstanceOf(NotFoundException.class);
		}
		assertThat(this.service.show(concept.slug(), Viewer.of(this.people.redacteur("Andere Redacteur")))).isNotNull();
		assertThat(this.service.show(blogConcept.slug(), Viewer.of(this.trekker))).isNotNull();
		assertThatThrownBy(() -> this.service.show(blogConcept.slug(), Viewer.of(this.coach)))
			.as("a concept on a Doetank's blog is its author's")
			.isInstanceOf(NotFoundException.class);

		List<String> listed = this.catalog.latest(Set.of(PostKind.values()), 200)
			.stream()
			.map(PostCard::title)
			.toList();
		assertThat(listed).doesNotContain("Nog niet af", "Komt morgen", "Blog in de maak");
		assertThat(this.lists.unpublished(PostKind.NIEUWS, Viewer.of(this.redacteur))).extracting(PostCard::title)
			.contains("Nog niet af", "Komt morgen");
		assertThat(this.lists.unpublished(PostKind.NIEUWS, Viewer.of(this.outsider))).isEmpty();
	}

	@Test
	void postsOfADoetankThatIsNotPublicAreNotShown() {
		WrittenPost post = this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Voor iedereen", this.trekker);
		String proposal = this.doetanks.proposal(this.trekker);

		assertThatThrownBy(() -> this.posts.published(PostKind.DOETANKBLOG, proposal, "Op een voorstel", this.trekker))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.service.show(post.slug(), Viewer.anonymous())).isNotNull();
	}

	@Test
	void aSlugComesFromTheFirstTitleIsUniqueAndStays() {
		WrittenPost first = this.posts.published(PostKind.NIEUWS, null, "Grand Café 2026!", this.redacteur);
		WrittenPost second = WrittenPost.of(this.service.write(PostKind.NIEUWS, null,
				TestPosts.content("Grand Café 2026!", "Een ander bericht met dezelfde titel."), null,
				Publication.at(null), this.redacteur));
		assertThat(first.slug()).startsWith("grand-cafe-2026");
		assertThat(second.slug()).isNotEqualTo(first.slug()).startsWith(first.slug());

		LocatedPost edited = this.service.edit(first.slug(), first.version(),
				TestPosts.content("Grand Café 2026: het programma", "Nieuw programma."), null, Publication.at(null),
				this.redacteur);

		assertThat(edited.post().getSlug()).isEqualTo(first.slug());
		assertThat(this.service.show(first.slug(), Viewer.anonymous()).post().getTitle())
			.isEqualTo("Grand Café 2026: het programma");
		WrittenPost nieuw = this.posts.published(PostKind.NIEUWS, null, "Nieuw", this.redacteur);
		assertThat(nieuw.slug()).as("'nieuw' is the address of the form").isNotEqualTo("nieuw");
	}

	@Test
	void editingAPublishedPostKeepsItsMoment() {
		WrittenPost post = this.posts.published(PostKind.NIEUWS, null, "Oud nieuws", this.redacteur);
		java.time.Instant published = this.service.show(post.slug(), Viewer.anonymous()).post().getPublishAt();

		LocatedPost fixed = this.service.edit(post.slug(), post.version(),
				TestPosts.content("Oud nieuws", "Typfout weg"), null, Publication.at(null), this.redacteur);
		assertThat(fixed.post().getPublishAt()).isEqualTo(published);
		LocatedPost asTheFormShowsIt = this.service.edit(post.slug(), fixed.post().getVersion(),
				TestPosts.content("Oud nieuws", "Nog een typfout weg"), null,
				Publication.at(published.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)), this.redacteur);
		assertThat(asTheFormShowsIt.post().getPublishAt()).isEqualTo(published);
	}

	@Test
	void aDoetankPostIsEditedByItsAuthorOnly() {
		MemberPrincipal teamMember = this.people.member("Lid van het team");
		Long request = requestAndApprove(teamMember);
		assertThat(request).isNotNull();
		WrittenPost post = this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Van het lid", teamMember);

		assertThatThrownBy(() -> this.service.edit(post.slug(), post.version(),
				TestPosts.content("Overgenomen", "Door de trekker"), null, Publication.at(null), this.trekker))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.service
			.edit(post.slug(), post.version(), TestPosts.content("Aangepast", "Door mij"), null, Publication.at(null),
					teamMember)
			.post()
			.getTitle()).isEqualTo("Aangepast");
	}

	private Long requestAndApprove(MemberPrincipal member) {
		this.doetankService.requestToJoin(this.doetank, "Ik doe mee.", member);
		Long id = this.doetanks.pendingRequestId(this.doetank, member);
		this.doetankService.approveRequest(this.doetank, id, this.trekker);
		return id;
	}

	@Test
	void theListsLeaveOutPostsOfADoetankThatIsNoLongerPublicAndStillCountRight() {
		Set<PostKind> blogs = Set.of(PostKind.DOETANKBLOG);
		WrittenPost post = this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Zolang we openbaar zijn",
				this.trekker);
		long before = this.catalog.published(blogs, 0).getTotalElements();
		assertThat(this.catalog.latest(blogs, 1)).extracting(PostCard::title).containsExactly(post.title());

		// Not a transition the portal offers; the doetank module's view public_doetank
		// decides.
		this.jdbc.update("UPDATE doetank SET status = 'AFGEWEZEN' WHERE slug = ?", this.doetank);

		assertThat(this.catalog.latest(blogs, 1)).extracting(PostCard::title).doesNotContain(post.title());
		assertThat(this.catalog.published(blogs, 0).getTotalElements()).isEqualTo(before - 1);
	}

}
