package nl.clubhuis.shared.uploads;

import java.util.Arrays;

/** The kinds of document the portal takes, as recognised from their content. */
public enum DocumentType {

	PDF("application/pdf", "pdf", "PDF"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", "PowerPoint"),
	ODT("application/vnd.oasis.opendocument.text", "odt", "ODT"),
	ODS("application/vnd.oasis.opendocument.spreadsheet", "ods", "ODS"),
	ODP("application/vnd.oasis.opendocument.presentation", "odp", "ODP");

	private final String contentType;

	private final String extension;

	private final String label;

	DocumentType(String contentType, String extension, String label) {
		this.contentType = contentType;
		this.extension = extension;
		this.label = label;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

	/** "PDF", "Excel" …: what people call the kind of file. */
	public String label() {
		return this.label;
	}

	public static DocumentType ofContentType(String contentType) {
		return Arrays.stream(values())
			.filter((type) -> type.contentType.equals(contentType))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(contentType));
	}

}
