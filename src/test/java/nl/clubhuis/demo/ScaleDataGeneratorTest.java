package nl.clubhuis.demo;

import java.util.List;
import java.util.Map;

import nl.clubhuis.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code scale} generator with small sizes, run twice: it reaches its targets, adds
 * nothing the second time, and what it writes obeys the route and agenda rules. All in
 * one transaction that is rolled back, so the other tests never see the generated rows
 * (the route is append-only, so they could not be removed afterwards).
 */
@IntegrationTest
class ScaleDataGeneratorTest {

	private static final ScaleProperties SIZES = new ScaleProperties(30, 200, 300, 20, 40);

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private NamedParameterJdbcTemplate named;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private PasswordEncoder passwords;

	@Test
	@Transactional
	void generatesWhatIsMissingOnceAndObeysTheRules() {
		Map<String, Integer> first = generator(SIZES).generate();
		assertThat(first.get("doetank")).isEqualTo(30);
		Map<String, Integer> second = generator(SIZES).generate();
		assertThat(second).isNotEmpty().allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
		reachesEveryTarget();
		everyGeneratedMemberSharesOnePasswordThatWorks();
		routesFollowThePhasesInOrderWithDatesThatFollowEachOther();
		onlyAVerbredenDoetankIsAfgerondAndAStoppedOneSaysWhy();
		everyDoetankHasATrekkerAndEveryPostAndQuestionIsAnswered();
		eventsAreBothPastAndUpcomingAndNeverConfirmMoreThanTheirCapacity();
		werkvormenAreRecordedInPhasesTheDoetankReached();
		Map<String, Integer> larger = generator(new ScaleProperties(31, 200, 300, 20, 40)).generate();
		assertThat(larger.get("doetank")).as("a larger target adds the rest").isOne();
	}

	@Test
	@Transactional
	void runsToTheEndWhateverTheStatementTimeoutMeantForPages() {
		this.jdbc.execute("SET LOCAL statement_timeout = '1ms'");
		Map<String, Integer> added = generator(new ScaleProperties(2, 10, 10, 2, 2)).generate();
		assertThat(added.get("doetank")).isEqualTo(2);
		assertThat(added.get("member")).isEqualTo(10);
	}

	private ScaleDataGenerator generator(ScaleProperties sizes) {
		return new ScaleDataGenerator(this.named, this.transactions, this.passwords, sizes);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private void reachesEveryTarget() {
		assertThat(count("SELECT count(*) FROM member WHERE email ~ '^schaal-[0-9]+@example[.]org$'")).isEqualTo(200);
		assertThat(count("SELECT count(*) FROM doetank WHERE slug LIKE 'schaal-doetank-%'")).isEqualTo(30);
		assertThat(count("SELECT count(*) FROM post WHERE slug LIKE 'schaal-bericht-%'")).isEqualTo(300);
		assertThat(count("SELECT count(*) FROM event WHERE slug LIKE 'schaal-bijeenkomst-%'")).isEqualTo(20);
		assertThat(count("SELECT count(*) FROM question WHERE submission::text LIKE '5ca1e000-0000-4000-8000-%'"))
			.isEqualTo(40);
	}

	private void everyGeneratedMemberSharesOnePasswordThatWorks() {
		List<String> hashes = this.jdbc.queryForList(
				"SELECT DISTINCT password_hash FROM member WHERE email ~ '^schaal-[0-9]+@example[.]org$'",
				String.class);
		assertThat(hashes).hasSize(1);
		assertThat(this.passwords.matches(DemoPeople.PASSWORD, hashes.get(0))).isTrue();
	}

	private void routesFollowThePhasesInOrderWithDatesThatFollowEachOther() {
		assertThat(
				count("""
						SELECT count(*) FROM (
						    SELECT kind, from_phase, to_phase, happened_at,
						           lag(to_phase) OVER w AS previous_phase, lag(happened_at) OVER w AS previous_at,
						           row_number() OVER w AS step
						    FROM phase_transition t JOIN doetank d ON d.id = t.doetank_id
						    WHERE d.slug LIKE 'schaal-doetank-%'
						    WINDOW w AS (PARTITION BY t.doetank_id ORDER BY t.happened_at, t.id)) s
						WHERE (step = 1) <> (kind = 'INTAKE')
						   OR (step > 1 AND (happened_at <= previous_at OR from_phase IS DISTINCT FROM previous_phase))
						   OR (kind = 'OVERGANG' AND array_position(ARRAY['INITIEREN', 'SCHETSEN', 'ADOPTEREN', 'EXPERIMENTEREN',
						       'EVALUEREN', 'VERBREDEN']::varchar[], to_phase) <> array_position(ARRAY['INITIEREN', 'SCHETSEN',
						       'ADOPTEREN', 'EXPERIMENTEREN', 'EVALUEREN', 'VERBREDEN']::varchar[], from_phase) + 1)
						   OR happened_at > now()"""))
			.isZero();
		assertThat(count("""
				SELECT count(*) FROM doetank d
				JOIN LATERAL (SELECT t.to_phase, t.to_status FROM phase_transition t WHERE t.doetank_id = d.id
				              ORDER BY t.happened_at DESC, t.id DESC LIMIT 1) last ON true
				WHERE d.slug LIKE 'schaal-doetank-%'
				  AND (last.to_phase IS DISTINCT FROM d.phase OR last.to_status <> d.status)"""))
			.as("ends where it stands")
			.isZero();
	}

	private void onlyAVerbredenDoetankIsAfgerondAndAStoppedOneSaysWhy() {
		assertThat(count("SELECT count(*) FROM doetank WHERE slug LIKE 'schaal-doetank-%' AND status = 'AFGEROND'"))
			.isPositive();
		assertThat(count("""
				SELECT count(*) FROM doetank d WHERE d.slug LIKE 'schaal-doetank-%' AND d.status = 'AFGEROND'
				AND NOT EXISTS (SELECT 1 FROM phase_transition t WHERE t.doetank_id = d.id AND t.to_phase = 'VERBREDEN'
				                AND t.kind = 'OVERGANG')""")).isZero();
		assertThat(count("SELECT count(*) FROM doetank WHERE slug LIKE 'schaal-doetank-%' AND status = 'GESTOPT'"))
			.isPositive();
		assertThat(count("""
				SELECT count(*) FROM doetank WHERE slug LIKE 'schaal-doetank-%' AND status = 'GESTOPT'
				AND (stop_reason IS NULL OR lessons IS NULL)""")).isZero();
	}

	private void everyDoetankHasATrekkerAndEveryPostAndQuestionIsAnswered() {
		assertThat(
				count("""
						SELECT count(*) FROM doetank d WHERE d.slug LIKE 'schaal-doetank-%' AND NOT EXISTS (
						    SELECT 1 FROM membership m WHERE m.doetank_id = d.id AND m.role = 'TREKKER' AND m.state = 'ACTIEF')"""))
			.isZero();
		assertThat(count("""
				SELECT count(*) FROM post p WHERE p.slug LIKE 'schaal-bericht-%' AND NOT EXISTS (
				    SELECT 1 FROM post_comment c WHERE c.post_id = p.id)""")).isZero();
		assertThat(count("SELECT count(DISTINCT kind) FROM post WHERE slug LIKE 'schaal-bericht-%'")).isEqualTo(4);
		assertThat(count("""
				SELECT count(*) FROM answer a JOIN question q ON q.id = a.question_id
				WHERE q.submission::text LIKE '5ca1e000-0000-4000-8000-%'""")).isPositive();
	}

	private void eventsAreBothPastAndUpcomingAndNeverConfirmMoreThanTheirCapacity() {
		assertThat(count("SELECT count(*) FROM event WHERE slug LIKE 'schaal-bijeenkomst-%' AND ends_at < now()"))
			.isPositive();
		assertThat(count("SELECT count(*) FROM event WHERE slug LIKE 'schaal-bijeenkomst-%' AND starts_at > now()"))
			.isPositive();
		assertThat(count("""
				SELECT count(*) FROM event e WHERE e.slug LIKE 'schaal-bijeenkomst-%' AND e.capacity <
				    (SELECT count(*) FROM event_registration r WHERE r.event_id = e.id AND r.status = 'BEVESTIGD')"""))
			.isZero();
		assertThat(count("""
				SELECT count(*) FROM event_registration r JOIN event e ON e.id = r.event_id
				WHERE e.slug LIKE 'schaal-bijeenkomst-%' AND r.status = 'WACHTLIJST'""")).as("a waiting list somewhere")
			.isPositive();
	}

	private void werkvormenAreRecordedInPhasesTheDoetankReached() {
		assertThat(count("""
				SELECT count(*) FROM werkvorm_usage u JOIN doetank d ON d.id = u.doetank_id
				WHERE d.slug LIKE 'schaal-doetank-%'""")).isPositive();
		assertThat(count("""
				SELECT count(*) FROM werkvorm_usage u JOIN doetank d ON d.id = u.doetank_id
				WHERE d.slug LIKE 'schaal-doetank-%' AND NOT EXISTS (SELECT 1 FROM phase_transition t
				    WHERE t.doetank_id = d.id AND t.to_phase = u.phase AND t.happened_at <= u.recorded_at)"""))
			.isZero();
	}

}
