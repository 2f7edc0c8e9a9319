package nl.clubhuis.publishing;

import nl.clubhuis.route.domain.Timelines;

import java.util.List;
import java.util.Set;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.DoetankCatalog;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.route.domain.Timeline;
import nl.clubhuis.member.MemberPrincipal;
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
	Timelines timelines;

	@Autowired
	PostService service;

	@Autowired
	PostCatalog catalog;

	@Autowired
	DoetankCatalog doetankCatalog;

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
			Post post = this.posts.published(kind, null, "Van de redactie", this.redacteur);
			assertThat(this.service.show(post.getSlug(), null).getTitle()).isEqualTo("Van de redactie");
		}
	}

	@Test
	void onlyMembersOfADoetankWriteOnItsBlog() {
		assertThatThrownBy(
				() -> this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Ik hoor er niet bij", this.outsider))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Redactie", this.redacteur))
			.isInstanceOf(AccessDeniedException.class);

		Post post = this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Onze eerste week", this.trekker);

		assertThat(post.getPath()).isEqualTo("/doetanks/" + this.doetank + "/blog/" + post.getSlug());
		assertThat(post.getPhase()).as("a blog post belongs to the phase it was written in")
			.isEqualTo(this.doetankCatalog.show(this.doetank, null).getPhase());
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

		Timeline timeline = this.timelines.of(this.doetankCatalog.show(this.doetank, null).ref());
		assertThat(timeline.stages().get(0).phase()).isEqualTo(Phase.INITIEREN);
		assertThat(timeline.stages().get(0).beschouwingen()).extracting((story) -> story.title())
			.containsExactly("Het team zoekt de echte vraag");
	}

	@Test
	void conceptsAndIngeplandePostsAreSeenOnlyByWhoMayEditThem() {
		Post concept = this.posts.concept(PostKind.NIEUWS, null, "Nog niet af", this.redacteur);
		Post scheduled = this.posts.scheduled(PostKind.NIEUWS, null, "Komt morgen", this.redacteur);
		Post blogConcept = this.posts.concept(PostKind.DOETANKBLOG, this.doetank, "Blog in de maak", this.trekker);

		for (Post hidden : List.of(concept, scheduled, blogConcept)) {
			assertThatThrownBy(() -> this.service.show(hidden.getSlug(), null)).as("anonymous: " + hidden.getTitle())
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.service.show(hidden.getSlug(), this.outsider))
				.as("a member: " + hidden.getTitle())
				.isInstanceOf(NotFoundException.class);
		}
		assertThat(this.service.show(concept.getSlug(), this.people.redacteur("Andere Redacteur"))).isNotNull();
		assertThat(this.service.show(blogConcept.getSlug(), this.trekker)).isNotNull();
		assertThatThrownBy(() -> this.service.show(blogConcept.getSlug(), this.coach))
			.as("a concept on a Doetank's blog is its author's")
			.isInstanceOf(NotFoundException.class);

		List<String> listed = this.catalog.latest(Set.of(PostKind.values()), 200)
			.stream()
			.map(PostCard::title)
			.toList();
		assertThat(listed).doesNotContain("Nog niet af", "Komt morgen", "Blog in de maak");
		assertThat(this.catalog.unpublished(PostKind.NIEUWS, this.redacteur)).extracting(PostCard::title)
			.contains("Nog niet af", "Komt morgen");
		assertThat(this.catalog.unpublished(PostKind.NIEUWS, this.outsider)).isEmpty();
	}

	@Test
	void postsOfADoetankThatIsNotPublicAreNotShown() {
		Post post = this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Voor iedereen", this.trekker);
		String proposal = this.doetanks.proposal(this.trekker);

		assertThatThrownBy(() -> this.posts.published(PostKind.DOETANKBLOG, proposal, "Op een voorstel", this.trekker))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.service.show(post.getSlug(), null)).isNotNull();
	}

	@Test
	void aSlugComesFromTheFirstTitleIsUniqueAndStays() {
		Post first = this.posts.published(PostKind.NIEUWS, null, "Grand Café 2026!", this.redacteur);
		Post second = this.posts.published(PostKind.NIEUWS, null, "Grand Café 2026!", this.redacteur);
		assertThat(first.getSlug()).startsWith("grand-cafe-2026");
		assertThat(second.getSlug()).isNotEqualTo(first.getSlug()).startsWith(first.getSlug());

		Post edited = this.service.edit(first.getSlug(), first.getVersion(),
				TestPosts.content("Grand Café 2026: het programma", "Nieuw programma."), null, Publication.at(null),
				this.redacteur);

		assertThat(edited.getSlug()).isEqualTo(first.getSlug());
		assertThat(this.service.show(first.getSlug(), null).getTitle()).isEqualTo("Grand Café 2026: het programma");
		Post nieuw = this.posts.published(PostKind.NIEUWS, null, "Nieuw", this.redacteur);
		assertThat(nieuw.getSlug()).as("'nieuw' is the address of the form").isNotEqualTo("nieuw");
	}

	@Test
	void editingAPublishedPostKeepsItsMoment() {
		Post post = this.posts.published(PostKind.NIEUWS, null, "Oud nieuws", this.redacteur);
		java.time.Instant published = this.service.show(post.getSlug(), null).getPublishAt();

		Post fixed = this.service.edit(post.getSlug(), post.getVersion(),
				TestPosts.content("Oud nieuws", "Typfout weg"), null, Publication.at(null), this.redacteur);
		assertThat(fixed.getPublishAt()).isEqualTo(published);
		Post asTheFormShowsIt = this.service.edit(post.getSlug(), fixed.getVersion(),
				TestPosts.content("Oud nieuws", "Nog een typfout weg"), null,
				Publication.at(published.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)), this.redacteur);
		assertThat(asTheFormShowsIt.getPublishAt()).isEqualTo(published);
	}

	@Test
	void aDoetankPostIsEditedByItsAuthorOnly() {
		MemberPrincipal teamMember = this.people.member("Lid van het team");
		Long request = requestAndApprove(teamMember);
		assertThat(request).isNotNull();
		Post post = this.posts.published(PostKind.DOETANKBLOG, this.doetank, "Van het lid", teamMember);

		assertThatThrownBy(() -> this.service.edit(post.getSlug(), post.getVersion(),
				TestPosts.content("Overgenomen", "Door de trekker"), null, Publication.at(null), this.trekker))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.service
			.edit(post.getSlug(), post.getVersion(), TestPosts.content("Aangepast", "Door mij"), null,
					Publication.at(null), teamMember)
			.getTitle()).isEqualTo("Aangepast");
	}

	private Long requestAndApprove(MemberPrincipal member) {
		this.doetankService.requestToJoin(this.doetank, "Ik doe mee.", member);
		Long id = this.doetanks.pendingRequestId(this.doetank, member);
		this.doetankService.approveRequest(this.doetank, id, this.trekker);
		return id;
	}

}
