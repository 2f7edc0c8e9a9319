package nl.clubhuis.opendata;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Downloads a dataset the way a visitor does, and reads it back with Commons CSV and
 * Jackson.
 */
final class OpenDataDownloads {

	private final MockMvc mvc;

	private final JsonMapper json;

	OpenDataDownloads(MockMvc mvc, JsonMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	MockHttpServletResponse download(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response;
	}

	String text(String path) throws Exception {
		return download(path).getContentAsString(StandardCharsets.UTF_8);
	}

	/** The CSV's records by header; the file starts with a byte order mark. */
	Csv csv(String dataset) throws Exception {
		String body = text("/open-data/" + dataset + ".csv");
		assertThat(body).as("a byte order mark for Excel").startsWith("\uFEFF");
		return Csv.parse(body.substring(1));
	}

	JsonNode json(String dataset) throws Exception {
		return this.json.readTree(download("/open-data/" + dataset + ".json").getContentAsByteArray());
	}

	record Csv(List<String> header, List<CSVRecord> records) {

		static Csv parse(String text) throws IOException {
			try (CSVParser parser = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(text))) {
				return new Csv(parser.getHeaderNames(), parser.getRecords());
			}
		}

		List<CSVRecord> where(String column, String value) {
			return this.records.stream().filter((record) -> value.equals(record.get(column))).toList();
		}

	}

}
