package nl.clubhuis.moderation;

import java.time.Clock;

import nl.clubhuis.moderation.domain.Reports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports whose proof the owning module checked itself (the recipient's link in a
 * message's mail, the older report button under comments): into the queue as they are.
 * Apart from {@link Moderation} so that the modules that implement {@link Reportables}
 * can use it.
 */
@Service
public class ReportInbox {

	private final Reports reports;

	private final Clock clock;

	ReportInbox(Reports reports, Clock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	/**
	 * The reporter may be unknown (null); an open report by the same member counts once.
	 */
	@Transactional
	public void recordReport(ReportKind kind, long id, Long reporterId, String reason) {
		this.reports.add(kind, id, reporterId, (reason == null) ? "" : reason.strip(), this.clock.instant());
	}

}
