package nl.clubhuis.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import nl.clubhuis.agenda.AgendaCatalog;
import nl.clubhuis.agenda.EventDetails;
import nl.clubhuis.agenda.EventRef;
import nl.clubhuis.agenda.EventService;
import nl.clubhuis.agenda.EventType;
import nl.clubhuis.agenda.RegistrationService;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostCard;
import nl.clubhuis.publishing.PostCatalog;
import nl.clubhuis.publishing.PostKind;

/**
 * A year of Cafés behind us (with their reports on the Café blog) and a few ahead: one
 * full with a waiting list, one whose registration has not opened, and a team meeting. An
 * event whose title is already there is skipped.
 */
class DemoAgenda {

	private static final String KENNISLAND = "Kennisland, Stadhouderskade 85, Amsterdam";

	private final EventService events;

	private final RegistrationService registrations;

	private final AgendaCatalog agenda;

	private final Doetanks doetanks;

	private final PostCatalog posts;

	private final Clock clock;

	DemoAgenda(EventService events, RegistrationService registrations, AgendaCatalog agenda, Doetanks doetanks,
			PostCatalog posts, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.agenda = agenda;
		this.doetanks = doetanks;
		this.posts = posts;
		this.clock = clock;
	}

	/** One event: days from today (negative: past), its times and where. */
	private record DemoEvent(String title, EventType type, int days, String from, String until, String location,
			String onlineUrl, Integer capacity, List<String> podium, String report, String description) {
	}

	private static final List<DemoEvent> EVENTS = List.of(
			new DemoEvent("Reuring Café: bestuurders over ruimte voor experiment", EventType.CAFE, -301, "15:30",
					"18:00", "Ministerie van BZK, Turfmarkt 147, Den Haag", null, 60,
					List.of("slim-en-verantwoord-innen"),
					"Reuring Café: waarom een goed idee in Den Haag kan blijven hangen", """
							Twee bestuurders vertellen wat zij nodig hebben om een experiment toe te laten. \
							Daarna werken we in kleine groepen aan de vraag van Slim en verantwoord innen: \
							hoe krijg je een opdrachtgever die ruimte geeft?"""),
			new DemoEvent("Café: stoppen is ook een uitkomst", EventType.CAFE, -211, "15:30", "18:00", KENNISLAND, null,
					50, List.of("groen-door-de-buurt", "leegstand-benutten"), "Café: stoppen is ook een uitkomst", """
							Een avond over Doetanks die niet haalden wat ze wilden, en wat dat opleverde. \
							Open slot: breng je eigen gestopte project mee."""),
			new DemoEvent("Show and Tell: Maatschappelijk rekenkameronderzoek", EventType.SHOW_AND_TELL, -121, "14:00",
					"17:00", KENNISLAND, null, 30, List.of("maatschappelijk-rekenkameronderzoek"),
					"Show and Tell: het verhaal van Maatschappelijk rekenkameronderzoek op papier", """
							We schrijven samen met het team het verhaal van een Doetank die de hele route liep. \
							Neem je laptop mee; het eigen team observeert en legt vast."""),
			new DemoEvent("Grand Café 2026", EventType.GRAND_CAFE, -46, "13:00", "18:00",
					"Fabrique des Lumières, Westergasterrein, Amsterdam", null, 150,
					List.of("kennisbehoud-publieke-sector", DemoLiveDoetanks.ACTIVE), null, """
							Eén keer per jaar laten Doetanks aan beleidsmakers en bestuurders zien wat ze doen. \
							We halen ook nieuwe vraagstukken op: neem het jouwe mee."""),
			new DemoEvent("Café: drie Doetanks zoeken een opdrachtgever", EventType.CAFE, -31, "15:30", "18:00",
					KENNISLAND, null, 50, List.of(DemoLiveDoetanks.ACTIVE),
					"Café: drie Doetanks zoeken een opdrachtgever, een testlocatie of allebei", """
							Drie pitches, één vraag: wie kan in de eigen organisatie een deur openen? \
							Deelnemers bepalen in het open slot zelf de andere thema's."""),
			new DemoEvent("Café: van experiment naar verbreden", EventType.CAFE, 17, "15:30", "18:00", KENNISLAND, null,
					50, List.of("kennisbehoud-publieke-sector", DemoLiveDoetanks.ACTIVE), null, """
							Hoe laat je een werkende oplossing landen bij andere organisaties? \
							Kennisbehoud publieke sector vertelt hoe ze destijds van het Kadaster naar een \
							kenniskring gingen; Vroeg erbij bij overheidsschulden vraagt wat dat betekent voor \
							hun proef in Zwolle.

							- 15:30 inloop
							- 16:00 twee Doetanks op het podium
							- 16:45 werken aan jullie vraagstukken, in groepjes
							- 17:30 borrel"""),
			new DemoEvent("Masterclass business case voor Doetanks", EventType.MASTERCLASS, 33, "13:30", "16:30",
					"TNO, Anna van Buerenplein 1, Den Haag", "https://meet.example.org/masterclass-business-case", 6,
					List.of(), null, """
							Een kleine groep, hard werken: je maakt de business case van je eigen Doetank, \
							met kosten en baten voor elke partij. Vol? Zet je op de wachtlijst."""),
			new DemoEvent("Show and Tell online: Vroeg erbij bij overheidsschulden", EventType.SHOW_AND_TELL, 52,
					"10:00", "11:30", null, "https://meet.example.org/show-and-tell", null,
					List.of(DemoLiveDoetanks.ACTIVE), null, """
							Online schrijven we mee aan het verhaal van een Doetank in de fase adopteren. \
							Geen maximum aantal deelnemers."""),
			new DemoEvent("Grand Café 2027", EventType.GRAND_CAFE, 95, "13:00", "18:00",
					"Fabrique des Lumières, Westergasterrein, Amsterdam", null, 150, List.of(), null, """
							Het jaarlijkse Grand Café, met beleidsmakers en bestuurders. Aanmelden opent twee \
							maanden van tevoren."""));

	private static final DemoEvent TEAM_MEETING = new DemoEvent("Werksessie: de proef in Zwolle voorbereiden",
			EventType.DOETANK, 10, "09:30", "12:00", "Stadhuis Zwolle, Grote Kerkplein 15, Zwolle", null, 12, List.of(),
			null, """
					Gesloten werksessie van het team, zonder toeschouwers: we ordenen de signalen die de \
					wijkteams willen krijgen en kiezen met welke schuldeiser we beginnen.""");

	/**
	 * Announces the events that are not there yet; the members register for the new ones:
	 * the masterclass fills up with two on its waiting list.
	 */
	int load(MemberPrincipal redacteur, MemberPrincipal trekker, List<MemberPrincipal> members) {
		int added = 0;
		for (DemoEvent demo : EVENTS) {
			EventRef event = announce(demo, null, redacteur);
			if (event != null) {
				added++;
				int coming = switch (demo.type()) {
					case MASTERCLASS -> demo.capacity() + 2;
					case CAFE -> (demo.days() > 0) ? 12 : 0;
					default -> 0;
				};
				members.stream()
					.limit(coming)
					.forEach((member) -> this.registrations.register(event.slug(), null, member));
			}
		}
		EventRef meeting = announce(TEAM_MEETING, DemoLiveDoetanks.ACTIVE, trekker);
		if (meeting != null) {
			added++;
			this.registrations.register(meeting.slug(), "Ik neem de takenlijst van vorige keer mee.", trekker);
		}
		return added;
	}

	private EventRef announce(DemoEvent demo, String host, MemberPrincipal organiser) {
		if (this.agenda.hasEventTitled(demo.title())) {
			return null;
		}
		LocalDate day = LocalDate.now(this.clock).plusDays(demo.days());
		ZonedDateTime starts = day.atTime(LocalTime.parse(demo.from())).atZone(this.clock.getZone());
		ZonedDateTime ends = day.atTime(LocalTime.parse(demo.until())).atZone(this.clock.getZone());
		boolean later = demo.type() == EventType.GRAND_CAFE && demo.days() > 0;
		List<Long> podium = demo.podium()
			.stream()
			.map((slug) -> this.doetanks.findBySlug(slug).map(DoetankRef::id).orElseThrow())
			.toList();
		EventDetails details = new EventDetails(demo.type(), demo.title(), demo.description(), starts.toInstant(),
				ends.toInstant(), demo.location(), demo.onlineUrl(), demo.capacity(),
				later ? starts.minusMonths(2).toInstant() : null, null, podium);
		EventRef event = this.events.announce(details, host, organiser);
		if (demo.report() != null) {
			Long reportId = this.posts.publishedTitled(PostKind.CAFEBLOG, demo.report()).map(PostCard::id).orElse(null);
			return this.events.change(event.slug(), event.version(), details, reportId, organiser);
		}
		return event;
	}

}
