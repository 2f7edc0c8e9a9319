package nl.clubhuis.opendata.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import nl.clubhuis.opendata.OpenDataField;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON: one object with the dataset's name, its licence and {@code rows}, an array of
 * objects keyed by the field names, written one by one with Jackson's generator.
 */
final class JsonSink implements RowSink {

	static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

	private final JsonGenerator json;

	private List<OpenDataField> fields;

	JsonSink(JsonMapper mapper, OutputStream out) {
		this.json = mapper.createGenerator(out);
	}

	@Override
	public void start(String dataset, List<OpenDataField> fields) {
		this.fields = fields;
		this.json.writeStartObject();
		this.json.writeStringProperty("dataset", dataset);
		this.json.writeStringProperty("licence", LICENCE);
		this.json.writeName("rows");
		this.json.writeStartArray();
	}

	@Override
	public void row(Object[] values) {
		this.json.writeStartObject();
		for (int i = 0; i < values.length; i++) {
			this.json.writeName(this.fields.get(i).name());
			write(values[i]);
		}
		this.json.writeEndObject();
	}

	private void write(Object value) {
		if (value == null) {
			this.json.writeNull();
		}
		else if (value instanceof Number number) {
			this.json.writeNumber(number.longValue());
		}
		else if (value instanceof Boolean yes) {
			this.json.writeBoolean(yes);
		}
		else if (value instanceof List<?> list) {
			this.json.writeStartArray();
			list.forEach((item) -> this.json.writeString(String.valueOf(item)));
			this.json.writeEndArray();
		}
		else {
			this.json.writeString(value.toString());
		}
	}

	@Override
	public void end() throws IOException {
		this.json.writeEndArray();
		this.json.writeEndObject();
		this.json.close();
	}

}
