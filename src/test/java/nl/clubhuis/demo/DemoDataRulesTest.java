package nl.clubhuis.demo;

import java.io.IOException;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.doetank.DoetankCard;
import nl.clubhuis.doetank.DoetankCards;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.domain.StallList;
import nl.clubhuis.route.domain.StallingDoetank;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo data obeys the rules the portal enforces and tells the story as the sources
 * do: "route afgerond" only after verbreden, every stop with its reason and lessons, no
 * gatekeepers-overleg before the first one (April 2014), at least two coaches at each,
 * every step within the Doetank's period and in order; and loading it twice changes
 * nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataRulesTest {

	static final LocalDate FIRST_OVERLEG = LocalDate.of(2014, 4, 1);

	@Autowired
	ApplicationContext context;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	DoetankCards cards;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	StallList stallList;

	@Autowired
	MemberDirectory members;

	MapSqlParameterSource demo;

	@BeforeAll
	void loadTwice() throws IOException {
		DemoDataLoader loader = DemoLoaders.loader(this.context);
		loader.load();
		List<String> slugs = JsonMapper.builder()
			.build()
			.readValue(new ClassPathResource("demo/seed-doetanks.json").getInputStream(),
					new TypeReference<List<SeedDoetank>>() {
					})
			.stream()
			.filter(SeedDoetank::isDoetank)
			.map(SeedDoetank::slug)
			.collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
		slugs.addAll(DemoLiveDoetanks.SLUGS);
		this.demo = new MapSqlParameterSource("slugs", slugs);
		Map<String, Object> before = counts();
		loader.load();
		assertThat(counts()).as("a second load changes nothing").isEqualTo(before);
	}

	@Test
	void aRouteIsCompletedOnlyAfterVerbreden() {
		List<Map<String, Object>> completions = this.jdbc.queryForList("""
				select d.slug, d.phase, t.from_phase from doetank d
				join phase_transition t on t.doetank_id = d.id and t.kind = 'AFRONDEN'
				where d.slug in (:slugs)""", this.demo);
		assertThat(completions).isNotEmpty().allSatisfy((row) -> {
			assertThat(row.get("phase")).as("%s", row.get("slug")).isEqualTo("VERBREDEN");
			assertThat(row.get("from_phase")).as("%s", row.get("slug")).isEqualTo("VERBREDEN");
		});
		assertThat(this.jdbc.queryForList("select slug from doetank where status = 'AFGEROND' and slug in (:slugs)",
				this.demo, String.class))
			.containsExactly("maatschappelijk-rekenkameronderzoek");
	}

	@Test
	void theStatusesAreTheSourcesOwn() {
		Map<String, String> status = statusAndPhase();
		assertThat(status).containsEntry("vaktherapie", "AFGESLOTEN EVALUEREN")
			.containsEntry("de-nieuwe-leidinggevende", "AFGESLOTEN EVALUEREN")
			.as("national adoption failed, results pending: not finished")
			.containsEntry("slim-en-verantwoord-innen", "ACTIEF VERBREDEN")
			.containsEntry("kennisbehoud-publieke-sector", "ACTIEF VERBREDEN")
			.containsEntry("voor-je-buurt", "ACTIEF VERBREDEN")
			.containsEntry("groen-door-de-buurt", "GESTOPT ADOPTEREN");
		assertThat(this.jdbc.queryForList("""
				select slug from doetank where slug in (:slugs) and status = 'GESTOPT'
				  and (coalesce(trim(stop_reason), '') = '' or coalesce(trim(lessons), '') = '')""", this.demo,
				String.class))
			.as("stopped without a reason or lessons")
			.isEmpty();
	}

	@Test
	void theFirstOverlegWasAboutMolenwaardInApril2014AndEachHadTwoCoaches() {
		List<Map<String, Object>> reviews = this.jdbc.queryForList(
				"""
						select d.slug, r.held_on, (select count(*) from gate_review_coach c where c.gate_review_id = r.id) as coaches
						from gate_review r join doetank d on d.id = r.doetank_id
						where d.slug in (:slugs) order by r.held_on, r.id""",
				this.demo);
		assertThat(reviews).isNotEmpty();
		assertThat(reviews.get(0).get("slug")).isEqualTo("gemeente-zonder-huis-1-loslaten");
		assertThat(reviews).allSatisfy((row) -> {
			assertThat(((Date) row.get("held_on")).toLocalDate()).as("%s", row.get("slug"))
				.isAfterOrEqualTo(FIRST_OVERLEG);
			assertThat(((Number) row.get("coaches")).intValue()).as("%s", row.get("slug")).isGreaterThanOrEqualTo(2);
		});
	}

	@Test
	void everyStepLiesWithinTheDoetanksPeriodAndInOrder() {
		LocalDate today = LocalDate.now(this.clock);
		List<Map<String, Object>> steps = this.jdbc.queryForList("""
				select d.slug, d.start_date, d.record_ends_on, t.kind,
				       (t.happened_at at time zone 'Europe/Amsterdam')::date as day
				from phase_transition t join doetank d on d.id = t.doetank_id
				where d.slug in (:slugs) order by d.slug, t.id""", this.demo);
		assertThat(steps).isNotEmpty();
		String slug = null;
		LocalDate previous = null;
		for (Map<String, Object> step : steps) {
			LocalDate day = ((Date) step.get("day")).toLocalDate();
			if (!step.get("slug").equals(slug)) {
				slug = (String) step.get("slug");
				previous = day;
			}
			assertThat(day).as("%s %s after the step before", slug, step.get("kind")).isAfterOrEqualTo(previous);
			previous = day;
			if (step.get("start_date") != null) {
				assertThat(day).as("%s %s", slug, step.get("kind"))
					.isAfterOrEqualTo(((Date) step.get("start_date")).toLocalDate());
			}
			LocalDate end = (step.get("record_ends_on") != null) ? ((Date) step.get("record_ends_on")).toLocalDate()
					: today;
			assertThat(day).as("%s %s", slug, step.get("kind")).isBeforeOrEqualTo(end);
		}
	}

	@Test
	void historicalDoetanksSayWhereTheirStoryEndsAndLookForNoOne() throws Exception {
		assertThat(this.jdbc.queryForList("""
				select slug from doetank where slug in (:slugs) and status = 'ACTIEF' and record_ends_on is null""",
				this.demo, String.class))
			.as("only the demo's Doetanks of today are kept in the present")
			.containsExactlyInAnyOrderElementsOf(DemoLiveDoetanks.SLUGS);
		assertThat(this.cards.lookingForMembers(500)).extracting(DoetankCard::slug)
			.doesNotContain("gemeente-zonder-huis-2-rugzakje", "open-slopen", "3d-printen");

		Html page = Html.of(this.mvc.perform(get("/doetanks/kennisbehoud-publieke-sector")));
		assertThat(page.text("#historisch")).contains("januari 2015");
		assertThat(page.text()).doesNotContainPattern("1\\d jaar");
		Html rugzakje = Html.of(this.mvc.perform(get("/doetanks/gemeente-zonder-huis-2-rugzakje")));
		assertThat(rugzakje.text("#historisch")).contains("juli 2013");
		assertThat(rugzakje.has("#meedoen .tags")).as("no list of who the team looks for").isFalse();
	}

	@Test
	void noDoetankThatReadsAsActiveStartedBeforeTheStoryEnded() {
		assertThat(this.jdbc.queryForList("""
				select slug from doetank where slug in (:slugs) and status = 'ACTIEF' and record_ends_on is null
				  and (start_date is null or start_date < date '2015-01-01')""", this.demo, String.class))
			.as("an active Doetank of before 2015 is historical: its record ends")
			.isEmpty();
		assertThat(this.jdbc.queryForList("""
				select slug from doetank where slug in (:slugs) and record_ends_on is null
				  and start_date > :since""",
				new MapSqlParameterSource(this.demo.getValues()).addValue("since",
						LocalDate.now(this.clock).minusYears(1)),
				String.class))
			.as("the Doetanks of today started within the last year, counted from today")
			.contains(DemoLiveDoetanks.ACTIVE);
	}

	@Test
	void theTwoDoetanksWithoutAnEmpoweredOpdrachtgeverSaySo() {
		List<String> reasons = this.jdbc.queryForList("""
				select t.reason from phase_transition t join doetank d on d.id = t.doetank_id
				where d.slug in ('kennisbehoud-publieke-sector', 'slim-en-verantwoord-innen')
				  and t.from_phase = 'ADOPTEREN' and t.to_phase = 'EXPERIMENTEREN'""", Map.of(), String.class);
		assertThat(reasons).hasSize(2)
			.allSatisfy((reason) -> assertThat(reason).containsAnyOf("niet over een experiment besluiten",
					"beslisbevoegdheid"));
	}

	@Test
	void adoptersAreOnlyOnDoetanksInVerbredenOrAfgerond() {
		List<Map<String, Object>> adopted = this.jdbc.queryForList("""
				select d.slug, d.status, d.phase, d.adopter_count from adopter a join doetank d on d.id = a.doetank_id
				where d.slug in (:slugs)""", this.demo);
		assertThat(adopted).as("the sources name adopters")
			.isNotEmpty()
			.allSatisfy(
					(row) -> assertThat("VERBREDEN".equals(row.get("phase")) || "AFGEROND".equals(row.get("status")))
						.as("%s is in verbreden or afgerond", row.get("slug"))
						.isTrue())
			.allSatisfy((row) -> assertThat(((Number) row.get("adopter_count")).intValue()).isPositive());
	}

	@Test
	void theDemoCoachSeesALiveDoetankStallingAndNoHistoricalOne() {
		Long coachId = this.jdbc.queryForObject("select id from member where email = :email",
				Map.of("email", DemoPeople.COACH.email()), Long.class);
		Viewer coach = Viewer.of(this.members.actingAs(coachId).orElseThrow());
		List<String> historical = this.jdbc.queryForList(
				"select slug from doetank where slug in (:slugs) and record_ends_on is not null", this.demo,
				String.class);
		List<StallingDoetank> listed = new java.util.ArrayList<>();
		org.springframework.data.domain.Page<StallingDoetank> page;
		int number = 0;
		do {
			page = this.stallList.page(coach, number++);
			listed.addAll(page.getContent());
		}
		while (page.hasNext());
		List<String> slugs = listed.stream().map((row) -> row.doetank().slug()).toList();
		assertThat(historical).isNotEmpty();
		assertThat(historical).contains("rol-in-regiegemeente");
		assertThat(slugs).contains(DemoLiveDoetanks.STALLING).doesNotContainAnyElementsOf(historical);
		assertThat(listed).filteredOn((row) -> row.doetank().slug().equals(DemoLiveDoetanks.STALLING))
			.singleElement()
			.satisfies((row) -> assertThat(row.mayRequest()).as("the demo coach coaches it").isTrue())
			.satisfies((row) -> assertThat(row.daysInPhase()).as("in schetsen for most of a year, not for years")
				.isBetween(300L, 400L));
	}

	private Map<String, String> statusAndPhase() {
		Map<String, String> result = new java.util.TreeMap<>();
		this.jdbc.query("select slug, status, phase from doetank where slug in (:slugs)", this.demo, (row) -> {
			result.put(row.getString("slug"), row.getString("status") + " " + row.getString("phase"));
		});
		return result;
	}

	private Map<String, Object> counts() {
		return this.jdbc.queryForMap(
				"""
						select (select count(*) from member) as members, (select count(*) from doetank) as doetanks,
						       (select count(*) from membership) as memberships, (select count(*) from post) as posts,
						       (select count(*) from phase_transition) as transitions, (select count(*) from gate_review) as reviews,
						       (select count(*) from gate_review_coach) as coaches, (select count(*) from milestone) as milestones,
						       (select count(*) from event) as events, (select count(*) from partner) as partners,
						       (select count(*) from werkvorm_usage) as usages, (select count(*) from doetank_revision) as revisions,
						       (select count(*) from adopter) as adopters""",
				Map.of());
	}

}
