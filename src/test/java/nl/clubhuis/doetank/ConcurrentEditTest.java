package nl.clubhuis.doetank;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two trekkers press "Opslaan" on the same version at the same moment: one save goes
 * through with one revision, the other is told of the conflict and overwrites nothing.
 */
@IntegrationTest
class ConcurrentEditTest {

	@Autowired
	DoetankEditService editing;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	JdbcTemplate jdbc;

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	@AfterEach
	void stopPool() {
		this.pool.shutdownNow();
	}

	@Test
	void twoTrekkersSavingAtOnceGiveOneSaveAndOneConflict() throws Exception {
		MemberPrincipal first = this.people.member("Tessa Trekker");
		MemberPrincipal second = this.people.member("Tim Tweedetrekker");
		String slug = this.doetanks.active(first, this.people.coach("Cor Coach"));
		this.doetanks.addTrekker(slug, second);
		DoetankEdit seen = this.editing.current(slug, first);

		List<Object> outcomes = allAtOnce(List.of(save(slug, seen, "De ambitie van Tessa.", first),
				save(slug, seen, "De ambitie van Tim.", second)));

		assertThat(outcomes).containsExactlyInAnyOrder("saved", "conflict");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM doetank_revision r JOIN doetank d ON d.id = r.doetank_id WHERE d.slug = ?",
				Integer.class, slug))
			.isEqualTo(1);
		String kept = this.doetanks.load(slug, first).getAmbition();
		assertThat(this.jdbc.queryForObject("""
				SELECT r.changes -> 0 ->> 'now' FROM doetank_revision r JOIN doetank d ON d.id = r.doetank_id
				WHERE d.slug = ?""", String.class, slug)).as("the revision is the save that stayed").isEqualTo(kept);
	}

	private java.util.concurrent.Callable<Object> save(String slug, DoetankEdit seen, String ambition,
			MemberPrincipal who) {
		DoetankEdit edit = new DoetankEdit(seen.title(), seen.vraagstuk(), ambition, seen.theme(), seen.organisations(),
				seen.startDate(), seen.lookingFor(), seen.expertiseIds(), seen.lookingForNote(), seen.typology(),
				seen.urgency(), seen.version());
		return () -> {
			try {
				this.editing.edit(slug, edit, who);
				return "saved";
			}
			catch (OptimisticLockingFailureException ex) {
				return "conflict";
			}
		};
	}

	private List<Object> allAtOnce(List<java.util.concurrent.Callable<Object>> tasks) throws Exception {
		CountDownLatch ready = new CountDownLatch(tasks.size());
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Object>> futures = new ArrayList<>();
		for (java.util.concurrent.Callable<Object> task : tasks) {
			futures.add(this.pool.submit(() -> {
				ready.countDown();
				go.await();
				return task.call();
			}));
		}
		ready.await(10, TimeUnit.SECONDS);
		go.countDown();
		List<Object> results = new ArrayList<>();
		for (Future<Object> future : futures) {
			results.add(future.get(30, TimeUnit.SECONDS));
		}
		return results;
	}

}
