package nl.clubhuis.shared;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What one page reads from several modules, in a single read-only transaction: each
 * module's read joins it instead of opening its own (a connection, a persistence context
 * and a commit per part). Only for reading; a module that writes keeps its own
 * transaction.
 */
@Component
public class PageReads {

	private final TransactionTemplate readOnly;

	PageReads(PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** What {@code reads} returns, read in one read-only transaction. */
	public <T> T of(Supplier<T> reads) {
		return this.readOnly.execute((status) -> reads.get());
	}

}
