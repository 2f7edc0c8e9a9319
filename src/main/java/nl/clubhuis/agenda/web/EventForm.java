package nl.clubhuis.agenda.web;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.clubhuis.agenda.EventDetails;
import nl.clubhuis.agenda.EventType;
import nl.clubhuis.agenda.domain.AgendaViews.EventEditing;
import nl.clubhuis.agenda.domain.Event;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.shared.Texts;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The event form, as typed; kept whole when it comes back with errors. Times are local to
 * the network (Europe/Amsterdam). Longer than 300 lines: most of it is the getters and
 * setters of its fourteen fields, which Spring's binding needs.
 */
public class EventForm {

	private EventType type;

	@NotBlank
	@Size(max = 150)
	private String title;

	@NotBlank
	@Size(max = 10000)
	private String description;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime startsAt;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime endsAt;

	@Size(max = 200)
	private String location;

	@Size(max = 500)
	private String onlineUrl;

	@Min(1)
	@Max(10000)
	private Integer capacity;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime registrationOpensAt;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime registrationClosesAt;

	/** Doetanks on the podium: one title or address per line. */
	@Size(max = 2000)
	private String podium;

	/** The Café blog post that reports on it, once there is one. */
	private Long reportPostId;

	private Long version;

	/**
	 * Set by the confirmation page: the organiser saw what the change does (a start in
	 * the past, people moving to the waiting list) and wants it.
	 */
	private boolean confirmed;

	/** A new event's form has a random token: sent twice, it announces once. */
	private String formToken;

	/** An empty form for a new event, with a token of its own. */
	static EventForm fresh(EventType type) {
		EventForm form = new EventForm();
		form.type = type;
		form.formToken = UUID.randomUUID().toString();
		return form;
	}

	static EventForm of(EventEditing editing, ZoneId zone) {
		Event event = editing.event();
		EventForm form = new EventForm();
		form.type = event.getType();
		form.title = event.getTitle();
		form.description = event.getDescription();
		form.startsAt = local(event.getStartsAt(), zone);
		form.endsAt = local(event.getEndsAt(), zone);
		form.location = event.getLocation();
		form.onlineUrl = event.getOnlineUrl();
		form.capacity = event.getCapacity();
		form.registrationOpensAt = local(event.getRegistrationOpensAt(), zone);
		form.registrationClosesAt = local(event.getRegistrationClosesAt(), zone);
		form.podium = String.join("\n", editing.podium().stream().map(DoetankRef::title).sorted().toList());
		form.reportPostId = event.getReportPostId();
		form.version = event.getVersion();
		return form;
	}

	/** Minutes: a datetime-local field refuses a value with seconds. */
	private static LocalDateTime local(java.time.Instant instant, ZoneId zone) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.MINUTES) : null;
	}

	/** The checks Bean Validation cannot express, each on its own field. */
	void check(Errors errors, boolean networkEvent, ZoneId zone) {
		rejectMissingHour(errors, "startsAt", this.startsAt, zone);
		rejectMissingHour(errors, "endsAt", this.endsAt, zone);
		if (networkEvent && (this.type == null || !EventType.NETWORK.contains(this.type))) {
			errors.rejectValue("type", "event.type.required");
		}
		if (this.startsAt != null && this.endsAt != null
				&& !this.endsAt.atZone(zone).isAfter(this.startsAt.atZone(zone))) {
			errors.rejectValue("endsAt", "event.endsAt.beforeStart");
		}
		if (Texts.stripToNull(this.location) == null && Texts.stripToNull(this.onlineUrl) == null) {
			errors.rejectValue("location", "event.place.required");
		}
		if (Texts.stripToNull(this.onlineUrl) != null && !isWebAddress(this.onlineUrl.strip())) {
			errors.rejectValue("onlineUrl", "event.onlineUrl.invalid");
		}
		if (this.registrationClosesAt != null && this.startsAt != null
				&& this.registrationClosesAt.isAfter(this.startsAt)) {
			errors.rejectValue("registrationClosesAt", "event.registrationClosesAt.afterStart");
		}
		if (this.registrationOpensAt != null) {
			LocalDateTime closes = (this.registrationClosesAt != null) ? this.registrationClosesAt : this.startsAt;
			if (closes != null && !this.registrationOpensAt.isBefore(closes)) {
				errors.rejectValue("registrationOpensAt", "event.registrationOpensAt.afterClose");
			}
		}
	}

	/**
	 * The hour the clocks skip in spring does not exist here: say so, rather than guess.
	 */
	private static void rejectMissingHour(Errors errors, String field, LocalDateTime time, ZoneId zone) {
		if (time != null && zone.getRules().getValidOffsets(time).isEmpty()) {
			errors.rejectValue(field, "event.time.skipped");
		}
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	/** The podium names, one per line, without blanks or repeats. */
	List<String> podiumNames() {
		if (this.podium == null) {
			return List.of();
		}
		return Arrays.stream(this.podium.split("\\R"))
			.map(EventForm::nameOrAddress)
			.filter((n) -> !n.isEmpty())
			.distinct()
			.toList();
	}

	/** A pasted Doetank address (https://…/doetanks/slug/) becomes its slug. */
	private static String nameOrAddress(String line) {
		String name = line.strip();
		int doetanks = name.indexOf("/doetanks/");
		if (doetanks >= 0) {
			name = name.substring(doetanks + "/doetanks/".length()).replaceAll("[/?#].*$", "");
		}
		return name;
	}

	EventDetails details(ZoneId zone, List<Long> podiumDoetanks) {
		return new EventDetails(this.type, this.title.strip(), this.description.strip(), instant(this.startsAt, zone),
				instant(this.endsAt, zone), Texts.stripToNull(this.location), Texts.stripToNull(this.onlineUrl),
				this.capacity, instant(this.registrationOpensAt, zone), instant(this.registrationClosesAt, zone),
				podiumDoetanks);
	}

	private static java.time.Instant instant(LocalDateTime local, ZoneId zone) {
		return (local != null) ? local.atZone(zone).toInstant() : null;
	}

	public EventType getType() {
		return this.type;
	}

	public void setType(EventType type) {
		this.type = type;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDateTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalDateTime getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(LocalDateTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getOnlineUrl() {
		return this.onlineUrl;
	}

	public void setOnlineUrl(String onlineUrl) {
		this.onlineUrl = onlineUrl;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public LocalDateTime getRegistrationOpensAt() {
		return this.registrationOpensAt;
	}

	public void setRegistrationOpensAt(LocalDateTime registrationOpensAt) {
		this.registrationOpensAt = registrationOpensAt;
	}

	public LocalDateTime getRegistrationClosesAt() {
		return this.registrationClosesAt;
	}

	public void setRegistrationClosesAt(LocalDateTime registrationClosesAt) {
		this.registrationClosesAt = registrationClosesAt;
	}

	public String getPodium() {
		return this.podium;
	}

	public void setPodium(String podium) {
		this.podium = podium;
	}

	public Long getReportPostId() {
		return this.reportPostId;
	}

	public void setReportPostId(Long reportPostId) {
		this.reportPostId = reportPostId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** The token as sent; null when the form came without one. */
	public String getFormToken() {
		return Texts.stripToNull(this.formToken);
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

}
