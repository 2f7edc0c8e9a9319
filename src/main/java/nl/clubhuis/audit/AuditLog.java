package nl.clubhuis.audit;

import java.util.List;

import nl.clubhuis.audit.domain.AuditRecord;
import nl.clubhuis.audit.domain.AuditRecords;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logboek. Modules {@link #record} a fact in the transaction of the action itself;
 * the beheer pages read it a page at a time, newest first (two statements whatever its
 * length).
 */
@Service
public class AuditLog {

	public static final int PAGE_SIZE = 50;

	private final AuditRecords records;

	private final Clock clock;

	AuditLog(AuditRecords records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	/**
	 * Writes the fact, as part of the caller's transaction (there must be one: a fact
	 * without its action, or the reverse, would be a lie).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditFact fact) {
		this.records.save(new AuditRecord(fact, this.clock.instant()));
	}

	/** Every entry by or about this person, oldest first (for their data export). */
	@Transactional(readOnly = true)
	public List<AuditEntry> involving(long personId) {
		return this.records.involving(personId).stream().map(AuditRecord::entry).toList();
	}

	/** One page (0-based) of the entries that match, newest first. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> entries(AuditFilter filter, int page) {
		return this.records.matching(filter, PageRequest.of(page, PAGE_SIZE)).map(AuditRecord::entry);
	}

}
