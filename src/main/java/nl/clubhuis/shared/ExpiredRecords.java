package nl.clubhuis.shared;

import java.time.Instant;

/**
 * Records a module keeps only for a while (failed logins, single-use links): the hourly
 * {@link ExpiredRecordsCleanup} asks each implementation to remove what is past its time.
 * Spring Session removes expired sessions itself.
 */
public interface ExpiredRecords {

	/** What is removed, for the log: for example "failed logins". */
	String what();

	/** Removes what is past its time at {@code now}; returns how many records went. */
	int removeExpired(Instant now);

}
