package nl.clubhuis.agenda.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.clubhuis.agenda.EventType;
import nl.clubhuis.agenda.domain.AgendaViews.CalendarEntry;
import nl.clubhuis.agenda.domain.Event;
import nl.clubhuis.agenda.domain.EventPages;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.ClubhuisProperties;
import nl.clubhuis.shared.SharedContent;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agenda for members' own calendars: /agenda.ics to subscribe to (all upcoming
 * events, or one type), and one .ics per event.
 */
@RestController
class CalendarController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final EventPages pages;

	private final Calendars calendars;

	private final MessageSource messages;

	private final ClubhuisProperties properties;

	private final SharedContent shared;

	CalendarController(EventPages pages, Calendars calendars, MessageSource messages, ClubhuisProperties properties,
			SharedContent shared) {
		this.shared = shared;
		this.pages = pages;
		this.calendars = calendars;
		this.messages = messages;
		this.properties = properties;
	}

	@GetMapping("/agenda.ics")
	ResponseEntity<byte[]> agenda(@RequestParam(name = "soort", required = false) String type) {
		EventType chosen = AgendaController.typeNamed(type);
		String name = this.messages.getMessage("agenda.calendar.name", null, LocaleContextHolder.getLocale())
				+ ((chosen != null) ? " — "
						+ this.messages.getMessage("event.types." + chosen, null, LocaleContextHolder.getLocale())
						: "");
		// The same for everyone (in their language): made once, as the bytes it sends,
		// until the agenda changes (encoding 2,000 events anew cost more than the rest of
		// a member's request).
		byte[] ics = this.shared.get("agenda.ics:" + LocaleContextHolder.getLocale().getLanguage() + ":" + chosen,
				() -> this.calendars.calendar(name, this.pages.calendar(chosen), baseUrl(), false)
					.getBytes(StandardCharsets.UTF_8));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(15)).cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("clubhuis-agenda.ics").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(ics);
	}

	@GetMapping("/agenda/{slug}.ics")
	ResponseEntity<String> event(@PathVariable String slug, Viewer viewer) {
		CalendarEntry entry = this.pages.calendarEntry(slug, viewer);
		Event event = entry.event();
		String ics = this.calendars.calendar(event.getTitle(), List.of(event), baseUrl(), entry.withJoinLink());
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slug + ".ics").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(ics);
	}

	/**
	 * The configured public address, never one taken from the request: a calendar is
	 * cached publicly, so a made-up Host header must not end up in it.
	 */
	private String baseUrl() {
		return this.properties.baseUrl();
	}

}
