package nl.clubhuis.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import nl.clubhuis.demo.DemoPeople.Person;
import nl.clubhuis.doetank.DoetankDetails;
import nl.clubhuis.doetank.DoetankHistory;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.HistoricalDoetank;
import nl.clubhuis.doetank.HistoricalDoetank.Step;
import nl.clubhuis.doetank.HistoricalDoetank.TeamMember;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.Theme;
import nl.clubhuis.member.MemberPrincipal;

/**
 * Two invented Doetanks of today, where the demo accounts find live work: the network's
 * own Doetanks tell a story that ends in 2015. Their dates are counted back from today,
 * so they stay current: {@link #ACTIVE} started about nine months ago and is in adopteren
 * (the demo trekker leads it and finds a join request and an open request for an
 * overleg); {@link #STALLING} has sat in schetsen for most of a year without activity, so
 * the demo coach sees it on the stall list. Every person and organisation's role in them
 * is fictional. A Doetank that is there already is left alone.
 */
class DemoLiveDoetanks {

	static final String ACTIVE = "vroeg-erbij-bij-overheidsschulden";

	static final String STALLING = "nieuwe-collegas-binnenhouden";

	static final List<String> SLUGS = List.of(ACTIVE, STALLING);

	private final DoetankHistory history;

	private final Clock clock;

	DemoLiveDoetanks(DoetankHistory history, Clock clock) {
		this.history = history;
		this.clock = clock;
	}

	/** Records both; returns whether {@link #ACTIVE} was added now. */
	boolean load(Map<String, MemberPrincipal> people) {
		LocalDate today = LocalDate.now(this.clock);
		boolean added = this.history.record(active(today, people));
		this.history.record(stalling(today, people));
		return added;
	}

	static HistoricalDoetank active(LocalDate today, Map<String, MemberPrincipal> people) {
		DoetankDetails details = new DoetankDetails("Vroeg erbij bij overheidsschulden",
				"Gemeenten krijgen signalen van woningcorporaties, energieleveranciers, zorgverzekeraars en "
						+ "drinkwaterbedrijven als een huishouden een betaling mist. Schulden bij de overheid zelf, bij "
						+ "de Belastingdienst, het CJIB of DUO, blijven buiten beeld. Schuldhulpverleners spreken mensen "
						+ "daardoor vaak pas als de schuld al groot is en de boetes zijn opgelopen.",
				"Samen met een gemeente en een landelijke overheidsschuldeiser uitproberen of een signaal over een "
						+ "betalingsachterstand bij de overheid op tijd bij het wijkteam terechtkomt, binnen de regels "
						+ "voor privacy, en wat dat inwoners en schuldeisers oplevert.",
				Theme.DIENSTVERLENING, List.of("gemeente Zwolle", "Belastingdienst", "Sociale Verzekeringsbank"),
				EnumSet.of(LookingFor.LEDEN, LookingFor.TESTLOCATIE),
				"We zoeken schuldhulpverleners en mensen van overheidsschuldeisers die willen meedenken, en een "
						+ "tweede gemeente die de proef wil hosten.");
		List<Step> route = List.of(new Step(today.minusMonths(7), Phase.SCHETSEN, DoetankStatus.ACTIEF,
				"Na twintig gesprekken met schuldhulpverleners en inwoners was het vraagstuk scherp: niet meer "
						+ "signalen, maar de signalen die nu ontbreken. De coach zette de Doetank door naar schetsen.",
				false, null),
				new Step(today.minusMonths(2), Phase.ADOPTEREN, DoetankStatus.ACTIEF,
						"Drie schetsen lagen klaar; de coaches zagen dat het team een opdrachtgever nodig had die "
								+ "over gegevensdeling kan besluiten, en dat Zwolle die plek kan bieden.",
						true, "Een gesprek met de gemeentesecretaris van Zwolle en een privacytoets door de "
								+ "functionaris gegevensbescherming voordat de proef begint."));
		return new HistoricalDoetank(ACTIVE, details, Phase.ADOPTEREN, DoetankStatus.ACTIEF, today.minusMonths(9),
				"MO · OB", "matig", null, null, null, false,
				team(people,
						Map.of(MembershipRole.TREKKER, List.of(DemoPeople.TREKKER), MembershipRole.COACH,
								List.of(DemoPeople.COACH, DemoPeople.COACHES.get(1)), MembershipRole.LID,
								List.of(member("bram.devries"), member("hanna.smit"), member("olaf.peters")))),
				route, null);
	}

	static HistoricalDoetank stalling(LocalDate today, Map<String, MemberPrincipal> people) {
		DoetankDetails details = new DoetankDetails("Nieuwe collega's binnenhouden",
				"Gemeenten werven volop, maar een op de vijf nieuwe medewerkers vertrekt binnen twee jaar. Wie "
						+ "vertrekt, noemt zelden het salaris: vaker het inwerken, een leidinggevende die geen tijd "
						+ "heeft, of werk dat anders is dan de vacature beloofde.",
				"Met drie gemeenten uitproberen welke kleine veranderingen in het eerste jaar nieuwe collega's "
						+ "langer laten blijven, en die delen met andere overheden.",
				Theme.WERK_EN_ORGANISATIE, List.of("gemeente Den Haag", "gemeente Groningen"),
				EnumSet.of(LookingFor.LEDEN, LookingFor.OPDRACHTGEVER),
				"We zoeken HR-adviseurs en leidinggevenden die nieuwe collega's begeleiden.");
		List<Step> route = List.of(new Step(today.minusMonths(11), Phase.SCHETSEN, DoetankStatus.ACTIEF,
				"Het team had vertrekgesprekken van twee gemeenten naast elkaar gelegd; de coach zag genoeg om "
						+ "oplossingen te schetsen.",
				false, null));
		return new HistoricalDoetank(STALLING, details, Phase.SCHETSEN, DoetankStatus.ACTIEF, today.minusMonths(14),
				"MO", "matig", null, null, null, false,
				team(people,
						Map.of(MembershipRole.TREKKER, List.of(DemoPeople.TREKKER, member("jasmijn.bos")),
								MembershipRole.COACH, List.of(DemoPeople.COACH), MembershipRole.LID,
								List.of(member("iris.wouters")))),
				route, null);
	}

	private static Person member(String name) {
		return DemoPeople.MEMBERS.stream()
			.filter((person) -> person.email().equals(name + "@example.org"))
			.findFirst()
			.orElseThrow();
	}

	private static List<TeamMember> team(Map<String, MemberPrincipal> people, Map<MembershipRole, List<Person>> roles) {
		return roles.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.flatMap((entry) -> entry.getValue()
				.stream()
				.map((person) -> new TeamMember(people.get(person.email()).id(), entry.getKey())))
			.toList();
	}

}
