package nl.clubhuis.opendata;

/**
 * Where a dataset writes its rows. Each row goes to the download as it comes: nothing
 * collects them.
 */
public interface OpenDataRows {

	/**
	 * Runs one query and writes each of its rows as the database delivers them (a
	 * server-side cursor with a small fetch size). The query's columns are the dataset's
	 * fields, in the same order; their names do not matter.
	 */
	void query(String sql, Object... args);

	/** Writes one row computed in Java: the values of the fields, in order. */
	void row(Object... values);

}
