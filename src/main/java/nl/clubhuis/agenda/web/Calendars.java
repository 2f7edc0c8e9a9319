package nl.clubhuis.agenda.web;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import nl.clubhuis.shared.ClubhuisProperties;
import nl.clubhuis.agenda.domain.Event;
import nl.clubhuis.shared.Markdown;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Events as iCalendar (RFC 5545), built with ical4j: times in the network's own zone with
 * its VTIMEZONE, so calendars get the daylight-saving change right.
 */
@Component
class Calendars {

	private static final int DESCRIPTION_LENGTH = 2000;

	private final ZoneId zone;

	/**
	 * Read when the first calendar is asked for, not at start: ical4j and its zone file
	 * are some 350 classes that most starts never need.
	 */
	private final SingletonSupplier<VTimeZone> timeZone;

	private final URI organizer;

	Calendars(java.time.Clock clock, ClubhuisProperties properties) {
		this.zone = clock.getZone();
		this.timeZone = SingletonSupplier.of(() -> timeZoneOf(this.zone.getId()));
		this.organizer = URI.create("mailto:" + properties.mail().from());
	}

	/**
	 * One calendar with these events; {@code baseUrl} is the portal's own address, for
	 * the link back to each event. The link to join online goes only into the calendar of
	 * someone with a place ({@code withJoinLinks}); a public calendar says "online".
	 */
	String calendar(String name, List<Event> events, String baseUrl, boolean withJoinLinks) {
		Calendar calendar = new Calendar().withProdId("-//Clubhuis//Agenda//NL")
			.withDefaults()
			.withProperty(ImmutableMethod.PUBLISH)
			.withProperty(new XProperty("X-WR-CALNAME", name))
			.withProperty(new XProperty("X-WR-TIMEZONE", this.zone.getId()))
			.withComponent(this.timeZone.obtain())
			.getFluentTarget();
		for (Event event : events) {
			calendar.add(entry(event, baseUrl, withJoinLinks));
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException("writing to a string cannot fail", ex);
		}
		return out.toString();
	}

	private VEvent entry(Event event, String baseUrl, boolean withJoinLink) {
		VEvent entry = new VEvent(event.getStartsAt().atZone(this.zone), event.getEndsAt().atZone(this.zone),
				event.getTitle());
		entry.replace(new DtStamp(event.getUpdatedAt()));
		entry.add(new Uid("event-" + event.getId() + "@clubhuis"));
		entry.add(new LastModified(event.getUpdatedAt()));
		// The version grows with every change, so calendars replace what they had.
		entry.add(new Sequence((int) Math.min(event.getVersion(), Integer.MAX_VALUE)));
		entry.add(new Description(Markdown.toPlainText(event.getDescription(), DESCRIPTION_LENGTH)));
		entry.add(new Location(place(event, withJoinLink)));
		entry.add(new Url(URI.create(baseUrl + event.getPath())));
		entry.add(new Organizer(new ParameterList(List.of(new Cn("Clubhuis"))), this.organizer));
		if (event.isCancelled()) {
			entry.add(ImmutableStatus.VEVENT_CANCELLED);
		}
		return entry;
	}

	private static String place(Event event, boolean withJoinLink) {
		String online = withJoinLink ? event.getOnlineUrl() : "online";
		if (event.isHybrid()) {
			return event.getLocation() + " / " + online;
		}
		return (event.getLocation() != null) ? event.getLocation() : online;
	}

	/**
	 * The zone's current rules only. ical4j ships Europe/Amsterdam as an alias of
	 * Europe/Brussels with its history back to 1880; calendars need the TZID the events
	 * use and today's rules.
	 */
	private static VTimeZone timeZoneOf(String zoneId) {
		VTimeZone bundled = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zoneId).getVTimeZone();
		List<Observance> current = bundled.getObservances()
			.stream()
			.filter((o) -> o.getProperty(Property.RRULE)
				.map((rule) -> ((RRule<?>) rule).getRecur().getUntil() == null)
				.orElse(false))
			.map((o) -> (Observance) o.copy())
			.toList();
		return new VTimeZone(new PropertyList(List.of(new TzId(zoneId))),
				new ComponentList<>(current.isEmpty() ? bundled.getObservances() : current));
	}

}
