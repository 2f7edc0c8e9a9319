package nl.clubhuis.opendata.domain;

import java.io.IOException;
import java.util.List;

import nl.clubhuis.opendata.OpenDataField;

/**
 * A download being written: the fields first, then each row as it comes, then the end.
 * Values are already typed by {@link Cells} (String, Long, LocalDate, String for a
 * moment, Boolean, List of String, or null).
 */
interface RowSink {

	void start(String dataset, List<OpenDataField> fields) throws IOException;

	void row(Object[] values) throws IOException;

	void end() throws IOException;

}
