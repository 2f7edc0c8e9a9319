package nl.clubhuis.route.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberRef;
import nl.clubhuis.route.EvaluationOutcome;
import nl.clubhuis.shared.Markdown;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What opdrachtgevers said, for /cijfers: per year (in the network's zone) how many
 * testimonials they wrote and how they judged the result, and the latest testimonials
 * quoted with who wrote them about which Doetank. Four statements, whatever the numbers:
 * the aggregate, the latest, their Doetanks, their writers. Only public Doetanks count.
 */
@Service
public class OpdrachtgeverFigures {

	/** How many recent testimonials /cijfers quotes. */
	static final int QUOTED = 2;

	private static final String PUBLIC = "EXISTS (SELECT 1 FROM public_doetank d WHERE d.id = t.doetank_id)";

	private final JdbcTemplate jdbc;

	private final Doetanks doetanks;

	private final MemberDirectory members;

	OpdrachtgeverFigures(JdbcTemplate jdbc, Doetanks doetanks, MemberDirectory members) {
		this.jdbc = jdbc;
		this.doetanks = doetanks;
		this.members = members;
	}

	@Transactional(readOnly = true)
	public Voices compute() {
		Map<Integer, Map<EvaluationOutcome, Long>> perYear = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT extract(year FROM t.written_at AT TIME ZONE 'Europe/Amsterdam')::int AS year, t.outcome,
				       count(*) AS n
				FROM opdrachtgever_testimonial t WHERE %s
				GROUP BY 1, 2 ORDER BY 1 DESC""".formatted(PUBLIC), (row) -> {
			perYear.computeIfAbsent(row.getInt("year"), (year) -> zeroes())
				.put(EvaluationOutcome.valueOf(row.getString("outcome")), row.getLong("n"));
		});
		List<Year> years = new ArrayList<>();
		perYear.forEach((year, outcomes) -> years.add(new Year(year, outcomes)));
		return new Voices(years, latest());
	}

	private List<Quote> latest() {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				SELECT t.doetank_id, t.author_id, t.quote, t.written_at FROM opdrachtgever_testimonial t
				WHERE %s ORDER BY t.written_at DESC, t.id DESC LIMIT ?""".formatted(PUBLIC), QUOTED);
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, DoetankRef> doetankRefs = this.doetanks
			.byIds(rows.stream().map((row) -> ((Number) row.get("doetank_id")).longValue()).toList());
		Map<Long, MemberRef> names = this.members
			.byIds(rows.stream().map((row) -> ((Number) row.get("author_id")).longValue()).toList());
		return rows.stream()
			.filter((row) -> doetankRefs.containsKey(((Number) row.get("doetank_id")).longValue()))
			.map((row) -> new Quote(Markdown.toPlainText((String) row.get("quote"), 300),
					names.get(((Number) row.get("author_id")).longValue()),
					doetankRefs.get(((Number) row.get("doetank_id")).longValue()),
					((java.sql.Timestamp) row.get("written_at")).toInstant()))
			.toList();
	}

	private static Map<EvaluationOutcome, Long> zeroes() {
		Map<EvaluationOutcome, Long> outcomes = new EnumMap<>(EvaluationOutcome.class);
		for (EvaluationOutcome outcome : EvaluationOutcome.values()) {
			outcomes.put(outcome, 0L);
		}
		return outcomes;
	}

	/** One year: each testimonial comes with an evaluation, so they are counted once. */
	public record Year(int year, Map<EvaluationOutcome, Long> outcomes) {

		public long testimonials() {
			return this.outcomes.values().stream().mapToLong(Long::longValue).sum();
		}

		public long count(String outcome) {
			return this.outcomes.get(EvaluationOutcome.valueOf(outcome));
		}

	}

	/** A testimonial quoted as plain text, with who wrote it about which Doetank. */
	public record Quote(String text, MemberRef author, DoetankRef doetank, Instant writtenAt) {
	}

	/** The years, newest first, and the latest testimonials. */
	public record Voices(List<Year> years, List<Quote> quotes) {

		public List<EvaluationOutcome> outcomes() {
			return List.of(EvaluationOutcome.values());
		}

	}

}
