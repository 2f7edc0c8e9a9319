package nl.clubhuis.route;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.domain.StallList;
import nl.clubhuis.route.domain.StallingDoetank;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Doetanks die stilvallen" on a network with known stays: twenty finished stays of 200
 * days in evalueren make 200 days usual there (the 75th percentile), and Doetanks that
 * entered evalueren at chosen days, with chosen activity since, are judged as a coach
 * would look 400 days from now (so everything this test made "now" lies in the past).
 */
@IntegrationTest
class StallListTest {

	private static final Duration DAY = Duration.ofDays(1);

	@Autowired
	StallList stallList;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	Doetanks doetankApi;

	@Autowired
	JdbcTemplate jdbc;

	private final Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

	private final Instant lookingAt = this.now.plus(DAY.multipliedBy(400));

	private MemberPrincipal coach;

	private MemberPrincipal trekker;

	@BeforeEach
	void twentyFinishedStaysOf200DaysInEvalueren() {
		this.coach = this.people.coach("Stella Stilstand");
		this.trekker = this.people.member("Tijmen Trekker");
		Long history = id(this.doetanks.active(this.trekker, this.coach));
		for (int i = 0; i < 20; i++) {
			Instant entered = this.now.minus(DAY.multipliedBy(5000 - i * 250L));
			transition(history, "DOOR", Phase.EVALUEREN, entered);
			transition(history, "DOOR", Phase.VERBREDEN, entered.plus(DAY.multipliedBy(200)));
		}
	}

	@Test
	void usualIsTheNetworksSeventyFifthPercentileOfFinishedStays() {
		assertThat(this.stallList.usualDays().get(Phase.EVALUEREN)).isEqualTo(200);
	}

	@Test
	void longerInThePhaseThanUsualOrQuietForThreeMonthsPutsADoetankOnTheList() {
		String longButBusy = inEvaluerenSince(250);
		transition(id(longButBusy), "BLIJVEN", Phase.EVALUEREN, daysBefore(30));
		String fresh = inEvaluerenSince(60);
		String quiet = inEvaluerenSince(120);
		String quietButMilestone = inEvaluerenSince(120);
		this.jdbc.update("""
				INSERT INTO milestone (doetank_id, happened_on, title, line, created_by_id, created_at, updated_at)
				VALUES (?, ?, 'Eerste experiment', 'Bij de gemeente', ?, ?, ?)""", id(quietButMilestone),
				LocalDate.ofInstant(daysBefore(10), ZoneOffset.UTC), this.trekker.id(), at(daysBefore(10)),
				at(daysBefore(10)));
		String quietButEdited = inEvaluerenSince(120);
		this.jdbc.update("""
				INSERT INTO doetank_revision (doetank_id, author_id, at, cause, changes)
				VALUES (?, ?, ?, 'BEWERKING', '[]'::jsonb)""", id(quietButEdited), this.trekker.id(),
				at(daysBefore(20)));
		String both = inEvaluerenSince(300);

		Map<String, StallingDoetank> listed = listedAsSeenBy(Viewer.of(this.coach));

		assertThat(listed).containsKeys(longButBusy, quiet, both)
			.doesNotContainKeys(fresh, quietButMilestone, quietButEdited);
		StallingDoetank longOne = listed.get(longButBusy);
		assertThat(longOne.reasonKey()).as("a 'blijven' keeps the stay going, but is activity")
			.isEqualTo("coach.stalling.reason.long");
		assertThat(longOne.daysInPhase()).isEqualTo(250);
		assertThat(longOne.usualDays()).isEqualTo(200);
		assertThat(longOne.monthsInPhase()).isEqualTo(8);
		assertThat(longOne.usualMonths()).isEqualTo(7);
		assertThat(longOne.lastActivity().toInstant()).isEqualTo(daysBefore(30));
		assertThat(listed.get(quiet).reasonKey()).isEqualTo("coach.stalling.reason.quiet");
		assertThat(listed.get(quiet).lastActivity().toInstant()).isEqualTo(daysBefore(120));
		assertThat(listed.get(both).reasonKey()).isEqualTo("coach.stalling.reason.both");
	}

	@Test
	void onlyTheDoetanksCoachesAndBeheerdersGetTheButtonToRequestAnOverleg() {
		String stalling = inEvaluerenSince(300);

		assertThat(listedAsSeenBy(Viewer.of(this.coach)).get(stalling).mayRequest()).isTrue();
		assertThat(listedAsSeenBy(Viewer.of(this.people.coach("Olga Andere"))).get(stalling).mayRequest()).isFalse();
		assertThat(listedAsSeenBy(Viewer.of(this.people.beheerder("Bea Beheer"))).get(stalling).mayRequest()).isTrue();
	}

	@Test
	void aHistoricalDoetankWhoseStoryEndedIsNotStalling() {
		String historical = inEvaluerenSince(300);
		String live = inEvaluerenSince(300);
		this.jdbc.update("UPDATE doetank SET record_ends_on = DATE '2015-12-31' WHERE id = ?", id(historical));

		assertThat(listedAsSeenBy(Viewer.of(this.coach))).containsKey(live).doesNotContainKey(historical);
	}

	/**
	 * An active Doetank in evalueren (brought there now), that the route says entered
	 * evalueren this many days before the moment we look.
	 */
	private String inEvaluerenSince(int days) {
		String slug = this.doetanks.inPhase(Phase.EVALUEREN, this.trekker, this.coach);
		transition(id(slug), "DOOR", Phase.EVALUEREN, daysBefore(days));
		return slug;
	}

	private Map<String, StallingDoetank> listedAsSeenBy(Viewer viewer) {
		Map<String, StallingDoetank> listed = new HashMap<>();
		Page<StallingDoetank> page;
		int number = 0;
		do {
			page = this.stallList.page(viewer, number++, this.lookingAt);
			page.forEach((row) -> listed.put(row.doetank().slug(), row));
		}
		while (page.hasNext());
		return listed;
	}

	private Instant daysBefore(int days) {
		return this.lookingAt.minus(DAY.multipliedBy(days));
	}

	private Long id(String slug) {
		return this.doetankApi.findBySlug(slug).orElseThrow().id();
	}

	private void transition(Long doetankId, String kind, Phase to, Instant at) {
		this.jdbc.update("""
				INSERT INTO phase_transition (doetank_id, kind, from_phase, to_phase, to_status, happened_at)
				VALUES (?, ?, ?, ?, 'ACTIEF', ?)""", doetankId, kind, to.name(), to.name(), at(at));
	}

	private static Timestamp at(Instant instant) {
		return Timestamp.from(instant);
	}

}
