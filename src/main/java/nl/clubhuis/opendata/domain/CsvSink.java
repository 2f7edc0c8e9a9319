package nl.clubhuis.opendata.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.clubhuis.opendata.OpenDataField;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV (commas, CRLF, quotes where needed) in UTF-8 with a byte order mark: Excel
 * reads a file without one as Windows-1252 and shows "initiÃ«ren"; Commons CSV (with a
 * BOMInputStream), pandas ({@code utf-8-sig}) and R read it as it is. A text that starts
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet shows it instead of running it as a formula; the JSON has every text as
 * written.
 */
final class CsvSink implements RowSink {

	private final CSVPrinter csv;

	CsvSink(OutputStream out) throws IOException {
		OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		this.csv = new CSVPrinter(writer, CSVFormat.RFC4180);
	}

	@Override
	public void start(String dataset, List<OpenDataField> fields) throws IOException {
		this.csv.printRecord(fields.stream().map(OpenDataField::name));
	}

	@Override
	public void row(Object[] values) throws IOException {
		for (Object value : values) {
			this.csv.print(cell(value));
		}
		this.csv.println();
	}

	@Override
	public void end() throws IOException {
		this.csv.close(true);
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return safe(String.join("; ", list.stream().map(String::valueOf).toList()));
		}
		return (value instanceof String text) ? safe(text) : value.toString();
	}

	private static String safe(String text) {
		return (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

}
