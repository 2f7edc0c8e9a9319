package nl.clubhuis.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.agenda.domain.AgendaViews.EventPage;
import nl.clubhuis.agenda.domain.EventPages;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many members press "Aanmelden" for the last places at the same moment, and people
 * cancel at the same moment: capacity holds, nobody is lost, nobody moves up twice.
 */
@IntegrationTest
class ConcurrentRegistrationTest {

	private static final int THREADS = 8;

	@Autowired
	TestPeople people;

	@Autowired
	TestEvents events;

	@Autowired
	RegistrationService registrations;

	@Autowired
	EventPages pages;

	@Autowired
	JdbcTemplate jdbc;

	private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

	@AfterEach
	void stopPool() {
		this.pool.shutdownNow();
	}

	@Test
	void simultaneousRegistrationsForTheLastPlacesNeverExceedCapacity() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		EventRef cafe = this.events.cafe(10, redacteur);
		for (int i = 0; i < 7; i++) {
			this.registrations.register(cafe.slug(), null, this.people.member("Vroege " + i));
		}
		List<MemberPrincipal> crowd = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			crowd.add(this.people.member("Snelle " + i));
		}

		allAtOnce(crowd.stream()
			.map((member) -> (Callable<Object>) () -> this.registrations.register(cafe.slug(), null, member))
			.toList());

		Map<String, Long> statuses = statusesOf(cafe);
		assertThat(statuses.get("BEVESTIGD")).as("exactly the capacity is confirmed").isEqualTo(10);
		assertThat(statuses.get("WACHTLIJST")).as("the rest waits, none lost").isEqualTo(13);
		List<Long> positions = crowd.stream()
			.map((member) -> this.pages.show(cafe.slug(), Viewer.of(member)))
			.filter((page) -> page.own().isWaiting())
			.map(EventPage::position)
			.sorted()
			.toList();
		assertThat(positions).as("one queue without gaps or doubles")
			.isEqualTo(java.util.stream.LongStream.rangeClosed(1, 13).boxed().toList());
	}

	@Test
	void simultaneousCancellationsPromoteExactlyOnePersonEach() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Roos Redacteur");
		EventRef cafe = this.events.cafe(4, redacteur);
		List<MemberPrincipal> confirmed = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			MemberPrincipal member = this.people.member("Deelnemer " + i);
			this.registrations.register(cafe.slug(), null, member);
			confirmed.add(member);
		}
		List<MemberPrincipal> waiting = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			MemberPrincipal member = this.people.member("Wachtende " + i);
			this.registrations.register(cafe.slug(), null, member);
			waiting.add(member);
		}
		MemberPrincipal leaving = confirmed.get(0);
		List<Callable<Object>> cancellations = new ArrayList<>();
		// Two different people cancel, and one of them presses the button twice.
		cancellations.add(() -> cancel(cafe, leaving));
		cancellations.add(() -> cancel(cafe, leaving));
		cancellations.add(() -> cancel(cafe, confirmed.get(1)));

		allAtOnce(cancellations);

		Map<String, Long> statuses = statusesOf(cafe);
		assertThat(statuses.get("BEVESTIGD")).as("the freed places are filled again").isEqualTo(4);
		assertThat(statuses.get("GEANNULEERD")).isEqualTo(2);
		assertThat(statuses.get("WACHTLIJST")).isEqualTo(3);
		assertThat(confirmedAmong(cafe, waiting)).as("the first two in line, once each")
			.containsExactly(waiting.get(0).id(), waiting.get(1).id());
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM notification WHERE kind = 'PLACE_OFFERED' AND link = ?", Long.class, cafe.path()))
			.as("each who moved up hears it once")
			.isEqualTo(2);
	}

	private Object cancel(EventRef event, MemberPrincipal member) {
		try {
			this.registrations.cancel(event.slug(), member);
			return "cancelled";
		}
		catch (nl.clubhuis.shared.RuleViolationException ex) {
			return ex.messageKey();
		}
	}

	/**
	 * Starts every task at the same instant and waits for all; a task error fails the
	 * test.
	 */
	private void allAtOnce(List<Callable<Object>> tasks) throws Exception {
		CountDownLatch ready = new CountDownLatch(tasks.size());
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Object>> futures = new ArrayList<>();
		for (Callable<Object> task : tasks) {
			futures.add(this.pool.submit(() -> {
				ready.countDown();
				go.await();
				return task.call();
			}));
		}
		ready.await(10, TimeUnit.SECONDS);
		go.countDown();
		for (Future<Object> future : futures) {
			future.get(30, TimeUnit.SECONDS);
		}
	}

	private Map<String, Long> statusesOf(EventRef event) {
		Map<String, Long> statuses = new java.util.HashMap<>();
		this.jdbc.query("SELECT status, count(*) AS n FROM event_registration WHERE event_id = ? GROUP BY status",
				(row) -> {
					statuses.put(row.getString("status"), row.getLong("n"));
				}, event.id());
		return statuses;
	}

	private List<Long> confirmedAmong(EventRef event, List<MemberPrincipal> members) {
		List<Long> ids = members.stream().map(MemberPrincipal::id).toList();
		return this.jdbc
			.queryForList("SELECT member_id FROM event_registration WHERE event_id = ? AND status = 'BEVESTIGD' "
					+ "ORDER BY member_id", Long.class, event.id())
			.stream()
			.filter(ids::contains)
			.toList();
	}

}
