package nl.clubhuis.publishing.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import nl.clubhuis.doetank.Phase;
import nl.clubhuis.publishing.PostContent;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.PostStatus;
import org.junit.jupiter.api.Test;

import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When a post is concept, ingepland or published, and which moment it keeps when it is
 * edited.
 */
class PostPublicationTest {

	static final Instant NOW = Instant.parse("2026-03-10T09:30:12.345Z");

	static Post newPost() {
		Post post = new Post(PostKind.NIEUWS, "bericht", null, 7L, NOW);
		post.write(new PostContent("Bericht", null, "Tekst", List.of(), null, null), null, NOW);
		return post;
	}

	@Test
	void aNewPostIsAConceptThatNobodyReadsYet() {
		Post post = newPost();

		assertThat(post.getStatus()).isEqualTo(PostStatus.CONCEPT);
		assertThat(post.getPublishAt()).isNull();
		assertThat(post.isVisibleAt(NOW.plus(Duration.ofDays(365)))).isFalse();
		assertThat(post.isScheduledAt(NOW)).isFalse();
	}

	@Test
	void publishingWithoutAMomentMeansNow() {
		Post post = newPost();

		post.publish(null, NOW);

		assertThat(post.getStatus()).isEqualTo(PostStatus.GEPUBLICEERD);
		assertThat(post.getPublishAt()).isEqualTo(NOW);
		assertThat(post.isVisibleAt(NOW)).isTrue();
		assertThat(post.isVisibleAt(NOW.minusMillis(1))).isFalse();
	}

	@Test
	void aMomentInTheFutureIsIngeplandUntilItComes() {
		Post post = newPost();
		Instant tomorrow = NOW.plus(Duration.ofDays(1));

		post.publish(tomorrow, NOW);

		assertThat(post.isScheduledAt(NOW)).isTrue();
		assertThat(post.isVisibleAt(NOW)).isFalse();
		assertThat(post.isVisibleAt(tomorrow)).isTrue();
		assertThat(post.isScheduledAt(tomorrow)).isFalse();
	}

	@Test
	void aMomentInThePastIsKeptAsThePublicationMoment() {
		Post post = newPost();
		Instant lastWeek = NOW.minus(Duration.ofDays(7));

		post.publish(lastWeek, NOW);

		assertThat(post.getPublishAt()).isEqualTo(lastWeek);
		assertThat(post.isVisibleAt(NOW)).isTrue();
	}

	@Test
	void editingAPublishedPostKeepsItsMomentWhenTheFieldIsEmptiedOrShownToTheMinute() {
		Post post = newPost();
		post.publish(null, NOW);
		Instant later = NOW.plus(Duration.ofHours(3));

		post.publish(null, later);
		assertThat(post.getPublishAt()).as("an emptied field on a published post").isEqualTo(NOW);

		post.publish(NOW.truncatedTo(ChronoUnit.MINUTES), later);
		assertThat(post.getPublishAt()).as("the moment as the form shows it").isEqualTo(NOW);

		Instant chosen = NOW.minus(Duration.ofDays(2));
		post.publish(chosen, later);
		assertThat(post.getPublishAt()).as("a moment the editor really changed").isEqualTo(chosen);
	}

	@Test
	void anEmptiedFieldOnAnIngeplandPostMeansNow() {
		Post post = newPost();
		post.publish(NOW.plus(Duration.ofDays(1)), NOW);
		Instant later = NOW.plus(Duration.ofHours(1));

		post.publish(null, later);

		assertThat(post.getPublishAt()).isEqualTo(later);
		assertThat(post.isVisibleAt(later)).isTrue();
	}

	@Test
	void backToConceptForgetsTheMoment() {
		Post post = newPost();
		post.publish(null, NOW);

		post.keepAsConcept();

		assertThat(post.getStatus()).isEqualTo(PostStatus.CONCEPT);
		assertThat(post.getPublishAt()).isNull();
		assertThat(post.isVisibleAt(NOW)).isFalse();
	}

	@Test
	void anEditorWithoutTheCurrentVersionHasAConflict() {
		Post post = newPost();

		assertThatCode(() -> post.requireVersion(0L)).doesNotThrowAnyException();
		assertThatThrownBy(() -> post.requireVersion(1L)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> post.requireVersion(null)).as("a form without a version")
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void aBeschouwingLooksBackOnAPhaseTheDoetankReached() {
		assertThat(Post.isPhaseReached(Phase.ADOPTEREN, Phase.SCHETSEN)).isTrue();
		assertThat(Post.isPhaseReached(Phase.ADOPTEREN, Phase.ADOPTEREN)).isTrue();
		assertThat(Post.isPhaseReached(Phase.ADOPTEREN, Phase.EXPERIMENTEREN)).isFalse();
		assertThat(Post.isPhaseReached(Phase.ADOPTEREN, null)).isFalse();
		assertThat(Post.isPhaseReached(null, Phase.INITIEREN)).isFalse();
	}

	@Test
	void theExcerptIsTheSummaryOrTheStartOfThePlainText() {
		Post post = newPost();
		post.write(new PostContent("Titel", null, "Een **vette** tekst.", List.of("a"), null, null), null, NOW);
		assertThat(post.getExcerpt()).isEqualTo("Een vette tekst.");

		post.write(new PostContent("Titel", "Kort gezegd.", "Lange tekst.", List.of(), null, null), null, NOW);
		assertThat(post.getExcerpt()).isEqualTo("Kort gezegd.");
	}

}
