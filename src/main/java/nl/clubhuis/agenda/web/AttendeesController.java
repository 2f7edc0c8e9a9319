package nl.clubhuis.agenda.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.clubhuis.agenda.domain.AgendaViews.Attendee;
import nl.clubhuis.agenda.domain.AgendaViews.Attendees;
import nl.clubhuis.agenda.domain.EventPages;
import nl.clubhuis.member.Viewer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Who comes and who waits, on screen and as CSV for the door. */
@Controller
class AttendeesController {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final EventPages pages;

	private final MessageSource messages;

	AttendeesController(EventPages pages, MessageSource messages) {
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/agenda/{slug}/aanmeldingen")
	String attendees(@PathVariable String slug, Viewer viewer, Model model) {
		Attendees attendees = this.pages.attendees(slug, viewer.member());
		model.addAttribute("attendees", attendees);
		model.addAttribute("event", attendees.event());
		return "agenda/attendees";
	}

	/**
	 * The door list: confirmed by name, then the waiting list in order. Semicolons and a
	 * byte order mark, so a Dutch spreadsheet opens it as it is.
	 */
	@GetMapping("/agenda/{slug}/aanmeldingen.csv")
	ResponseEntity<byte[]> csv(@PathVariable String slug, Viewer viewer) throws IOException {
		Attendees attendees = this.pages.attendees(slug, viewer.member());
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').get();
		try (CSVPrinter csv = new CSVPrinter(out, format)) {
			csv.printRecord(List.of(text("attendees.csv.name"), text("attendees.csv.email"),
					text("attendees.csv.organisation"), text("attendees.csv.status"), text("attendees.csv.position"),
					text("attendees.csv.note"), text("attendees.csv.registeredAt"), text("attendees.csv.present")));
			for (Attendee r : attendees.confirmed()) {
				csv.printRecord(row(r, text("attendance.status.BEVESTIGD"), ""));
			}
			int position = 1;
			for (Attendee r : attendees.waiting()) {
				csv.printRecord(row(r, text("attendance.status.WACHTLIJST"), String.valueOf(position++)));
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slug + "-aanmeldingen.csv").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private List<String> row(Attendee r, String status, String position) {
		return List.of(cell(r.name()), cell(r.email()), cell(r.organisation()), status, position, cell(r.note()),
				MOMENT.format(r.registeredAt()), "");
	}

	/**
	 * A cell a spreadsheet will not run as a formula: text starting with =, +, -, @ or a
	 * control character gets a leading apostrophe.
	 */
	static String cell(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return ("=+-@\t\r".indexOf(first) >= 0) ? "'" + text : text;
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
