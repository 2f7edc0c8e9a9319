package nl.clubhuis.opendata.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.clubhuis.opendata.OpenDataField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a CSV cell looks like, without Spring. */
class CsvSinkTest {

	@Test
	void aTextASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
		assertThat(CsvSink.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(CsvSink.cell("+31 6")).isEqualTo("'+31 6");
		assertThat(CsvSink.cell("- eerst de opdrachtgever")).isEqualTo("'- eerst de opdrachtgever");
		assertThat(CsvSink.cell("@team")).isEqualTo("'@team");
		assertThat(CsvSink.cell("Initiëren")).isEqualTo("Initiëren");
		assertThat(CsvSink.cell(-3L)).as("a number stays a number").isEqualTo("-3");
		assertThat(CsvSink.cell(null)).isEmpty();
		assertThat(CsvSink.cell(true)).isEqualTo("true");
	}

	@Test
	void aListIsOneCellSeparatedBySemicolons() {
		assertThat(CsvSink.cell(List.of("Gemeente Utrecht", "Kadaster"))).isEqualTo("Gemeente Utrecht; Kadaster");
		assertThat(CsvSink.cell(List.of("=1+1", "Kadaster"))).isEqualTo("'=1+1; Kadaster");
	}

	@Test
	void theFileIsUtf8WithAByteOrderMarkCommasAndQuotesWhereNeeded() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvSink sink = new CsvSink(out);
		sink.start("test", List.of(OpenDataField.text("title"), OpenDataField.integer("days")));
		sink.row(new Object[] { "Kennis, behoud \"nu\"", 12L });
		sink.row(new Object[] { null, null });
		sink.end();
		assertThat(out.toString(StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFtitle,days\r\n\"Kennis, behoud \"\"nu\"\"\",12\r\n\"\",\r\n");
	}

}
