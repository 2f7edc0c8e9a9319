package nl.clubhuis.opendata;

import java.util.List;

/**
 * One open dataset, implemented by the module that owns its data. Its name is its address
 * ({@code /open-data/{name}.csv}) and the start of its message keys:
 * {@code opendata.{name}.title}, {@code .description}, {@code .changes} and
 * {@code opendata.{name}.{field}} for the meaning of each field.
 * <p>
 * A dataset holds only what anyone may see on the site, and no personal data: no member
 * names, no e-mail addresses.
 */
public interface OpenDataset {

	/** Lower case with dashes; never changes once published. */
	String name();

	/** Where the dataset stands on /open-data, lowest first. */
	int position();

	/**
	 * The columns in order: the CSV header and the JSON keys, in snake_case. Never
	 * renamed once published; a new column goes at the end.
	 */
	List<OpenDataField> fields();

	/**
	 * Writes every row, through {@code rows}, as the database delivers it. Runs in a
	 * read-only transaction; one or a fixed few statements, whatever the number of rows.
	 */
	void write(OpenDataRows rows);

}
