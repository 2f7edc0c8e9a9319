package nl.clubhuis.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.follow.FollowTarget;
import nl.clubhuis.follow.Follows;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each cause reaches each member once, however many of the things they follow it touches,
 * never the member who caused it, and never someone who may not see what it is about.
 */
@IntegrationTest
class NotifierTest {

	@Autowired
	Notifier notifier;

	@Autowired
	Follows follows;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	Doetanks catalog;

	@Autowired
	ExpertiseVocabulary vocabulary;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	MemberPrincipal trekker;

	MemberPrincipal follower;

	long doetank;

	long tag;

	@BeforeEach
	void aFollowerOfADoetankItsTagAndItsTrekker() {
		this.trekker = this.people.member("Tara Trekker");
		this.follower = this.people.member("Floor Volger");
		String slug = this.doetanks.active(this.trekker, this.people.coach("Cas Coach"));
		this.doetank = this.catalog.findBySlug(slug).orElseThrow().id();
		this.tag = this.vocabulary.offered().get(0).id();
		this.follows.followAutomatically(this.follower.id(), FollowTarget.doetank(this.doetank));
		this.follows.followAutomatically(this.follower.id(), FollowTarget.expertise(this.tag));
		this.follows.followAutomatically(this.follower.id(), FollowTarget.member(this.trekker.id()));
	}

	@Test
	void aFollowerOfTheDoetankItsTagAndItsTrekkerHearsOnceAndTheActorNot() {
		String cause = cause();
		announce(announcement(cause).by(this.trekker.id()).to(List.of(this.trekker.id())));
		announce(announcement(cause));

		assertThat(notified(cause)).containsOnlyOnce(this.follower.id()).doesNotContain(this.trekker.id());
	}

	@Test
	void contentNotEveryoneMaySeeReachesOnlyThoseWhoMay() {
		String cause = cause();
		announce(announcement(cause).onlyAmong(List.of(this.trekker.id())).to(List.of(this.trekker.id())));

		assertThat(notified(cause)).containsExactly(this.trekker.id());
	}

	@Test
	void anErasedMemberHearsNothing() {
		this.jdbc.update("UPDATE member SET erased_at = now() WHERE id = ?", this.follower.id());
		String cause = cause();
		announce(announcement(cause));

		assertThat(notified(cause)).doesNotContain(this.follower.id());
	}

	@Test
	void nobodyFollowingGivesNoRows() {
		String cause = cause();
		announce(Announcement.of(NotificationKind.NEW_POST, cause, "/nieuws", Instant.now(), "Iets")
			.toFollowersOf(List.of(FollowTarget.question(-1))));

		assertThat(notified(cause)).isEmpty();
	}

	private Announcement announcement(String cause) {
		return Announcement
			.of(NotificationKind.DOETANK_PHASE, cause, "/doetanks/x", Instant.now(), "Doetank", "Schetsen", "")
			.toFollowersOf(List.of(FollowTarget.doetank(this.doetank), FollowTarget.expertise(this.tag),
					FollowTarget.member(this.trekker.id())));
	}

	private void announce(Announcement announcement) {
		this.transaction.executeWithoutResult((status) -> this.notifier.announce(announcement));
	}

	private List<Long> notified(String cause) {
		return this.jdbc.queryForList("SELECT member_id FROM notification WHERE source_key = ?", Long.class, cause);
	}

	private static String cause() {
		return "test:" + UUID.randomUUID();
	}

}
