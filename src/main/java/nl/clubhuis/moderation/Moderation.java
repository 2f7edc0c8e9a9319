package nl.clubhuis.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.moderation.domain.Reports;
import nl.clubhuis.moderation.domain.Reports.HiddenItem;
import nl.clubhuis.moderation.domain.Reports.OpenItem;
import nl.clubhuis.moderation.domain.Reports.OpenReport;
import nl.clubhuis.moderation.domain.Reports.Outcome;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RateLimit;
import nl.clubhuis.shared.RateLimits;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting and the moderation queue. Members report what others wrote; redacteuren and
 * beheerders (only they) read the queue and decide: hide (the author is told why),
 * restore, or dismiss the reports.
 */
@Service
public class Moderation {

	public static final int PAGE_SIZE = 20;

	private final Map<ReportKind, Reportables> kinds = new EnumMap<>(ReportKind.class);

	private final Reports reports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RateLimits limits;

	Moderation(List<Reportables> reportables, Reports reports, ApplicationEventPublisher events, Clock clock,
			RateLimits limits) {
		reportables.forEach((r) -> this.kinds.put(r.kind(), r));
		this.reports = reports;
		this.events = events;
		this.clock = clock;
		this.limits = limits;
	}

	/** An item of another member's that this member can read now, to report. */
	@Transactional(readOnly = true)
	public ReportedItem reportable(ReportKind kind, long id, MemberPrincipal reporter) {
		ReportedItem item = kindOf(kind).seenBy(id, Viewer.of(reporter))
			.filter((found) -> !found.hidden())
			.orElseThrow(() -> new NotFoundException(kind + " " + id));
		if (reporter.id().equals(item.authorId())) {
			throw new AccessDeniedException("nobody reports their own text");
		}
		return item;
	}

	/**
	 * One report per member and item: reporting again changes nothing. A member sends at
	 * most {@link RateLimit#REPORT} reports a day (a
	 * {@link nl.clubhuis.shared.RateLimitExceededException} beyond).
	 */
	@Transactional
	public ReportedItem report(ReportKind kind, long id, String reason, MemberPrincipal reporter) {
		ReportedItem item = reportable(kind, id, reporter);
		this.limits.check(RateLimit.REPORT, "member:" + reporter.id());
		this.reports.add(kind, id, reporter.id(), reason.strip(), this.clock.instant());
		return item;
	}

	/** The queue: items with open reports, newest report first, with who reported why. */
	@Transactional(readOnly = true)
	public Page<QueueItem> queue(MemberPrincipal redacteur, int page) {
		requireRedactie(redacteur);
		return queue(page, PAGE_SIZE);
	}

	/**
	 * The first items of the queue and how many there are, for the editorial desk (which
	 * checks its own access).
	 */
	@Transactional(readOnly = true)
	public Page<QueueItem> top(int size) {
		return queue(0, size);
	}

	private Page<QueueItem> queue(int page, int size) {
		List<OpenItem> open = this.reports.openItems(page, size);
		long total = (open.isEmpty() && page == 0) ? 0 : this.reports.countOpenItems();
		Map<ReportKind, Map<Long, ReportedItem>> described = new EnumMap<>(ReportKind.class);
		open.stream()
			.collect(Collectors.groupingBy(OpenItem::kind, Collectors.mapping(OpenItem::itemId, Collectors.toSet())))
			.forEach((kind, ids) -> described.put(kind, describe(kind, ids)));
		Set<Long> ids = open.stream().map(OpenItem::itemId).collect(Collectors.toSet());
		Map<String, List<Report>> byItem = this.reports.openReportsOf(ids)
			.stream()
			.collect(Collectors.groupingBy((r) -> r.kind() + ":" + r.itemId(),
					Collectors.mapping(Moderation::reportOf, Collectors.toList())));
		List<QueueItem> items = open.stream()
			.map((o) -> new QueueItem(o.kind(), o.itemId(), described.get(o.kind()).get(o.itemId()), o.times(),
					o.lastReportedAt(), byItem.getOrDefault(o.kind() + ":" + o.itemId(), List.of())))
			.toList();
		return new PageImpl<>(items, PageRequest.of(page, size), Math.max(total, items.size()));
	}

	/**
	 * What the redactie hid after reports, most recently hidden first, each as it is now
	 * (hidden still, shown again, or gone), so a mistake can be undone.
	 */
	@Transactional(readOnly = true)
	public Page<HiddenAfterReports> hiddenAfterReports(MemberPrincipal redacteur, int page) {
		requireRedactie(redacteur);
		List<HiddenItem> hidden = this.reports.hiddenItems(page, PAGE_SIZE);
		long total = (hidden.isEmpty() && page == 0) ? 0 : this.reports.countHiddenItems();
		Map<ReportKind, Map<Long, ReportedItem>> described = new EnumMap<>(ReportKind.class);
		hidden.stream()
			.collect(
					Collectors.groupingBy(HiddenItem::kind, Collectors.mapping(HiddenItem::itemId, Collectors.toSet())))
			.forEach((kind, ids) -> described.put(kind, describe(kind, ids)));
		List<HiddenAfterReports> items = hidden.stream()
			.map((h) -> new HiddenAfterReports(h.kind(), h.itemId(), described.get(h.kind()).get(h.itemId()),
					h.hiddenAt()))
			.toList();
		return new PageImpl<>(items, PageRequest.of(page, PAGE_SIZE), Math.max(total, items.size()));
	}

	private Map<Long, ReportedItem> describe(ReportKind kind, Set<Long> ids) {
		Reportables reportables = this.kinds.get(kind);
		return (reportables != null) ? reportables.describe(ids) : Map.of();
	}

	private static Report reportOf(OpenReport report) {
		return new Report(report.reporterId(), report.reason(), report.reportedAt());
	}

	/**
	 * Hides the item with a word to its author, closes its reports and tells the author
	 * (a notification, never about who reported). Returns the item as it was.
	 */
	@Transactional
	public ReportedItem hide(ReportKind kind, long id, String word, MemberPrincipal redacteur) {
		requireRedactie(redacteur);
		Reportables reportables = kindOf(kind);
		ReportedItem item = existing(reportables, id);
		String reason = (word == null) ? "" : word.strip();
		reportables.hide(id, reason);
		Instant now = this.clock.instant();
		if (this.reports.close(kind, id, Outcome.HIDDEN, now) == 0 && !item.hidden()) {
			this.reports.recordDecision(kind, id, Outcome.HIDDEN, now);
		}
		// Hidden already (a second click): the word may change, the author is told once.
		if (item.authorId() != null && !item.hidden()) {
			this.events.publishEvent(new ContentHidden(kind, id, item.authorId(),
					(item.path() != null) ? item.path() : "/mijn/meldingen",
					reason.isEmpty() ? "„" + item.excerpt() + "”" : reason, redacteur.id(), now));
		}
		return item;
	}

	/**
	 * Shows the item again and closes what was still open about it. Returns the item as
	 * it was.
	 */
	@Transactional
	public ReportedItem restore(ReportKind kind, long id, MemberPrincipal redacteur) {
		requireRedactie(redacteur);
		Reportables reportables = kindOf(kind);
		ReportedItem item = existing(reportables, id);
		reportables.restore(id);
		this.reports.close(kind, id, Outcome.RESTORED, this.clock.instant());
		return item;
	}

	/** The reports were not a reason to act: they are closed, the item stays as it is. */
	@Transactional
	public void dismiss(ReportKind kind, long id, MemberPrincipal redacteur) {
		requireRedactie(redacteur);
		this.reports.close(kind, id, Outcome.DISMISSED, this.clock.instant());
	}

	private static ReportedItem existing(Reportables reportables, long id) {
		ReportedItem item = reportables.describe(List.of(id)).get(id);
		if (item == null) {
			throw new NotFoundException(reportables.kind() + " " + id);
		}
		return item;
	}

	private Reportables kindOf(ReportKind kind) {
		Reportables reportables = this.kinds.get(kind);
		if (reportables == null) {
			throw new NotFoundException("nothing of kind " + kind + " can be reported yet");
		}
		return reportables;
	}

	private static void requireRedactie(MemberPrincipal member) {
		if (member == null || !member.isRedactie()) {
			throw new AccessDeniedException("only the redactie moderates");
		}
	}

	/**
	 * An item in the queue: what (null when it no longer exists), how often, who and why.
	 */
	public record QueueItem(ReportKind kind, long id, ReportedItem item, int times, Instant lastReportedAt,
			List<Report> reports) {
	}

	/**
	 * One report: by whom (null when it came in anonymously, before reports had names).
	 */
	public record Report(Long reporterId, String reason, Instant reportedAt) {
	}

	/**
	 * An item the redactie hid after reports: what it is now (null when it no longer
	 * exists; {@code item.hidden()} false when it was shown again), and when it was
	 * hidden.
	 */
	public record HiddenAfterReports(ReportKind kind, long id, ReportedItem item, Instant hiddenAt) {
	}

}
