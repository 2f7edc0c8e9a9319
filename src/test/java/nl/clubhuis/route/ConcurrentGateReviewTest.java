package nl.clubhuis.route;

import nl.clubhuis.route.domain.Timelines;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankCatalog;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two coaches save a gatekeepers-overleg of the same Doetank at the same moment: one
 * wins, the other is refused, and the route holds exactly one new step.
 */
@IntegrationTest
class ConcurrentGateReviewTest {

	@Autowired
	Timelines timelines;

	@Autowired
	GateReviewService reviews;

	@Autowired
	DoetankCatalog catalog;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void oneOfTwoSimultaneousReviewsWinsAndNothingIsDoubled() throws Exception {
		MemberPrincipal first = this.people.coach("Eerste Coach");
		MemberPrincipal second = this.people.coach("Tweede Coach");
		String slug = this.doetanks.active(this.people.member("Tessa Trekker"), first);
		this.doetanks.addCoach(slug, second);
		GateReviewCommand door = this.doetanks.review(slug, GateDecision.Kind.DOOR);
		GateReviewCommand blijven = this.doetanks.review(slug, GateDecision.Kind.BLIJVEN);
		CountDownLatch firstHasRead = new CountDownLatch(1);
		CountDownLatch secondHasSaved = new CountDownLatch(1);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);

		// The first coach reads the Doetank and records, but commits only after the
		// second has saved.
		CompletableFuture<Throwable> firstCoach = CompletableFuture
			.supplyAsync(() -> outcome(() -> transaction.executeWithoutResult((status) -> {
				this.reviews.record(slug, door, first);
				firstHasRead.countDown();
				await(secondHasSaved);
			})));
		await(firstHasRead);
		Throwable secondOutcome = outcome(() -> this.reviews.record(slug, blijven, second));
		secondHasSaved.countDown();
		Throwable firstOutcome = firstCoach.get(30, TimeUnit.SECONDS);

		assertThat(secondOutcome).as("the second coach saved first").isNull();
		assertThat(firstOutcome).as("the first coach saved on a stale Doetank")
			.isInstanceOf(OptimisticLockingFailureException.class);
		Doetank doetank = this.doetanks.load(slug, null);
		assertThat(doetank.getPhase()).isEqualTo(Phase.INITIEREN);
		assertThat(this.timelines.of(doetank.ref()).stages()).singleElement()
			.satisfies((stage) -> assertThat(stage.reviews()).extracting((entry) -> entry.review().getDecision())
				.containsExactly(GateDecision.Kind.BLIJVEN));
	}

	private static Throwable outcome(Runnable action) {
		try {
			action.run();
			return null;
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
