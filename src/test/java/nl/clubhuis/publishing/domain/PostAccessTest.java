package nl.clubhuis.publishing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.publishing.PostContent;
import nl.clubhuis.publishing.PostKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who writes, edits and sees which post, decided on the Doetank and its team alone. */
class PostAccessTest {

	static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");

	static final Viewer TREKKER = person(1L, GlobalRole.LID);

	static final Viewer TEAM_MEMBER = person(2L, GlobalRole.LID);

	static final Viewer COACH = person(3L, GlobalRole.LID, GlobalRole.COACH);

	static final Viewer OTHER_COACH = person(4L, GlobalRole.LID, GlobalRole.COACH);

	static final Viewer REDACTEUR = person(5L, GlobalRole.LID, GlobalRole.REDACTEUR);

	static final Viewer BEHEERDER = person(6L, GlobalRole.LID, GlobalRole.BEHEERDER);

	static final Viewer OUTSIDER = person(7L, GlobalRole.LID);

	static final TeamRoles TEAM = new TeamRoles(Map.of(1L, Set.of(MembershipRole.TREKKER), 2L,
			Set.of(MembershipRole.LID), 3L, Set.of(MembershipRole.COACH)), Set.of(8L));

	static final DoetankRef ACTIVE = doetank(DoetankStatus.ACTIEF);

	static Viewer person(Long id, GlobalRole... roles) {
		return Viewer.of(new MemberPrincipal(id, "p" + id + "@example.org", "Persoon " + id, Set.of(roles), null));
	}

	static DoetankRef doetank(DoetankStatus status) {
		return new DoetankRef(10L, "buurtkracht", "Buurtkracht", Phase.SCHETSEN, status);
	}

	static LocatedPost post(PostKind kind, DoetankRef doetank, Viewer author, Instant publishAt) {
		Post post = new Post(kind, "bericht", (doetank != null) ? doetank.id() : null, author.member().id(), NOW);
		post.write(new PostContent("Bericht", null, "Tekst", List.of(), null, Phase.INITIEREN), null, NOW);
		if (publishAt != null) {
			post.publish(publishAt, NOW);
		}
		return (doetank != null) ? new LocatedPost(post, doetank, TEAM) : LocatedPost.inSection(post);
	}

	@Test
	void redacteursWriteNewsAndTheCafeBlog() {
		for (PostKind kind : List.of(PostKind.NIEUWS, PostKind.CAFEBLOG)) {
			assertThat(PostAccess.canWrite(kind, null, TeamRoles.NOBODY, REDACTEUR)).isTrue();
			assertThat(PostAccess.canWrite(kind, null, TeamRoles.NOBODY, COACH)).isFalse();
			assertThat(PostAccess.canWrite(kind, null, TeamRoles.NOBODY, Viewer.anonymous())).isFalse();
		}
	}

	@Test
	void theTeamWritesTheBlogWhileTheDoetankIsPublic() {
		assertThat(PostAccess.canWrite(PostKind.DOETANKBLOG, ACTIVE, TEAM, TREKKER)).isTrue();
		assertThat(PostAccess.canWrite(PostKind.DOETANKBLOG, ACTIVE, TEAM, TEAM_MEMBER)).isTrue();
		assertThat(PostAccess.canWrite(PostKind.DOETANKBLOG, ACTIVE, TEAM, COACH)).as("the coach is in the team")
			.isTrue();
		assertThat(PostAccess.canWrite(PostKind.DOETANKBLOG, ACTIVE, TEAM, person(8L, GlobalRole.LID)))
			.as("asked to join, not yet in")
			.isFalse();
		assertThat(PostAccess.canWrite(PostKind.DOETANKBLOG, ACTIVE, TEAM, REDACTEUR)).isFalse();
		assertThat(PostAccess.canWrite(PostKind.DOETANKBLOG, doetank(DoetankStatus.VOORSTEL), TEAM, TREKKER))
			.as("a proposal has no blog yet")
			.isFalse();
		assertThat(PostAccess.canWrite(PostKind.DOETANKBLOG, doetank(DoetankStatus.GESTOPT), TEAM, TREKKER))
			.as("a stopped Doetank stays public")
			.isTrue();
	}

	@Test
	void aCoachOfTheDoetankWritesBeschouwingen() {
		assertThat(PostAccess.canWrite(PostKind.BESCHOUWING, ACTIVE, TEAM, COACH)).isTrue();
		assertThat(PostAccess.canWrite(PostKind.BESCHOUWING, ACTIVE, TEAM, OTHER_COACH)).isFalse();
		assertThat(PostAccess.canWrite(PostKind.BESCHOUWING, ACTIVE, TEAM, TREKKER)).isFalse();
		assertThat(PostAccess.toWrite(PostKind.DOETANKBLOG, ACTIVE, TEAM, COACH))
			.isEqualTo(new WritePermissions(true, true));
		assertThat(PostAccess.toWrite(PostKind.DOETANKBLOG, ACTIVE, TEAM, TEAM_MEMBER))
			.isEqualTo(new WritePermissions(true, false));
	}

	@Test
	void aDoetankPostIsEditedByItsAuthorWhileTheyMayWriteIt() {
		LocatedPost byTeamMember = post(PostKind.DOETANKBLOG, ACTIVE, TEAM_MEMBER, NOW);

		assertThat(PostAccess.canEdit(byTeamMember, TEAM_MEMBER)).isTrue();
		assertThat(PostAccess.canEdit(byTeamMember, TREKKER)).isFalse();
		assertThat(PostAccess.canEdit(byTeamMember, REDACTEUR)).isFalse();
		assertThat(PostAccess.canEdit(byTeamMember, BEHEERDER)).as("a beheerder may step in").isTrue();
		LocatedPost afterLeaving = new LocatedPost(byTeamMember.post(), ACTIVE, TeamRoles.NOBODY);
		assertThat(PostAccess.canEdit(afterLeaving, TEAM_MEMBER)).isFalse();
	}

	@Test
	void anyRedacteurEditsTheSections() {
		LocatedPost news = post(PostKind.NIEUWS, null, REDACTEUR, NOW);

		assertThat(PostAccess.canEdit(news, person(9L, GlobalRole.REDACTEUR))).isTrue();
		assertThat(PostAccess.canEdit(news, OUTSIDER)).isFalse();
		assertThat(PostAccess.canEdit(news, Viewer.anonymous())).isFalse();
	}

	@Test
	void conceptsAndIngeplandePostsAreSeenOnlyByWhoMayEditThem() {
		LocatedPost concept = post(PostKind.NIEUWS, null, REDACTEUR, null);
		LocatedPost ingepland = post(PostKind.DOETANKBLOG, ACTIVE, TEAM_MEMBER, NOW.plus(Duration.ofDays(1)));
		LocatedPost published = post(PostKind.DOETANKBLOG, ACTIVE, TEAM_MEMBER, NOW);

		assertThat(PostAccess.canSee(concept, Viewer.anonymous(), NOW)).isFalse();
		assertThat(PostAccess.canSee(concept, OUTSIDER, NOW)).isFalse();
		assertThat(PostAccess.canSee(concept, person(9L, GlobalRole.REDACTEUR), NOW)).isTrue();
		assertThat(PostAccess.canSee(ingepland, Viewer.anonymous(), NOW)).isFalse();
		assertThat(PostAccess.canSee(ingepland, TREKKER, NOW)).as("the blog's concepts are their author's").isFalse();
		assertThat(PostAccess.canSee(ingepland, TEAM_MEMBER, NOW)).isTrue();
		assertThat(PostAccess.canSee(ingepland, Viewer.anonymous(), NOW.plus(Duration.ofDays(1))))
			.as("once its moment comes")
			.isTrue();
		assertThat(PostAccess.canSee(published, Viewer.anonymous(), NOW)).isTrue();
	}

	@Test
	void thePostsOfADoetankThatIsNotPublicAreOnlyForWhoMayEditThem() {
		LocatedPost published = post(PostKind.DOETANKBLOG, ACTIVE, TEAM_MEMBER, NOW);
		LocatedPost onAProposal = new LocatedPost(published.post(), doetank(DoetankStatus.AFGEWEZEN), TEAM);

		assertThat(PostAccess.canSee(onAProposal, Viewer.anonymous(), NOW)).isFalse();
		assertThat(PostAccess.canSee(onAProposal, TREKKER, NOW)).isFalse();
		assertThat(PostAccess.canSee(onAProposal, BEHEERDER, NOW)).isTrue();
	}

	@Test
	void thePostPageSaysWhatItsViewerMayDo() {
		LocatedPost published = post(PostKind.NIEUWS, null, REDACTEUR, NOW);
		LocatedPost concept = post(PostKind.NIEUWS, null, REDACTEUR, null);

		assertThat(PostAccess.on(published, Viewer.anonymous(), NOW))
			.isEqualTo(new PostPermissions(false, false, false, false));
		assertThat(PostAccess.on(published, OUTSIDER, NOW)).as("news has an editor: not reported")
			.isEqualTo(new PostPermissions(false, false, true, false));
		assertThat(PostAccess.on(published, REDACTEUR, NOW)).isEqualTo(new PostPermissions(true, true, true, false));
		assertThat(PostAccess.on(concept, REDACTEUR, NOW)).as("no comments under a concept")
			.isEqualTo(new PostPermissions(true, true, false, false));
	}

	@Test
	void aDoetanksPublishedPostIsReportedByAnyoneButItsAuthor() {
		LocatedPost blog = post(PostKind.DOETANKBLOG, ACTIVE, TEAM_MEMBER, NOW);
		LocatedPost beschouwing = post(PostKind.BESCHOUWING, ACTIVE, COACH, NOW);
		LocatedPost concept = post(PostKind.DOETANKBLOG, ACTIVE, TEAM_MEMBER, null);

		assertThat(PostAccess.canReport(blog, OUTSIDER, NOW)).isTrue();
		assertThat(PostAccess.canReport(blog, TREKKER, NOW)).as("a teammate too").isTrue();
		assertThat(PostAccess.canReport(beschouwing, OUTSIDER, NOW)).isTrue();
		assertThat(PostAccess.canReport(blog, Viewer.anonymous(), NOW)).as("asked to log in first").isTrue();
		assertThat(PostAccess.canReport(blog, TEAM_MEMBER, NOW)).as("its author").isFalse();
		assertThat(PostAccess.canReport(concept, OUTSIDER, NOW)).isFalse();
	}

	@Test
	void aPostTheRedactieHidIsGoneForAllButItsAuthorTheRedactieAndBeheerders() {
		LocatedPost blog = post(PostKind.DOETANKBLOG, ACTIVE, TEAM_MEMBER, NOW);
		blog.post().hide("Er staat een BSN in.", NOW);

		assertThat(blog.post().isVisibleAt(NOW)).isFalse();
		assertThat(PostAccess.canSee(blog, Viewer.anonymous(), NOW)).isFalse();
		assertThat(PostAccess.canSee(blog, OUTSIDER, NOW)).isFalse();
		assertThat(PostAccess.canSee(blog, TREKKER, NOW)).as("a teammate who did not write it").isFalse();
		assertThat(PostAccess.canSee(blog, TEAM_MEMBER, NOW)).as("its author, to put it right").isTrue();
		assertThat(PostAccess.canSee(blog, REDACTEUR, NOW)).isTrue();
		assertThat(PostAccess.canSee(blog, BEHEERDER, NOW)).isTrue();
		assertThat(PostAccess.canComment(blog, OUTSIDER, NOW)).isFalse();
		assertThat(PostAccess.canReport(blog, OUTSIDER, NOW)).as("hidden already").isFalse();

		blog.post().restore();
		assertThat(PostAccess.canSee(blog, OUTSIDER, NOW)).isTrue();
	}

}
