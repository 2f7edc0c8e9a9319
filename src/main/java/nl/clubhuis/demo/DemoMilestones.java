package nl.clubhuis.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.route.MilestoneEntry;
import nl.clubhuis.route.MilestoneService;
import nl.clubhuis.route.StayInPhase;

/**
 * Milestones on the demo Doetanks, from the network's record (seed-doetanks.json): each
 * falls some weeks into the stay in its phase, never before the route started nor after
 * it ended (or after today). The Doetank's trekker adds them. Running it twice adds
 * nothing: the same day and title are kept once.
 */
class DemoMilestones {

	/** A milestone {@code weeks} into the Doetank's stay in {@code phase}. */
	record Seed(String slug, Phase phase, int weeks, String title, String line) {
	}

	static final List<Seed> SEEDS = List.of(
			new Seed("kennisbehoud-publieke-sector", Phase.INITIEREN, 0, "Start op het Café",
					"Het vraagstuk uit de LinkedIn-discussie kreeg een team op het Café."),
			new Seed("kennisbehoud-publieke-sector", Phase.ADOPTEREN, 4, "Drie ideeën gepitcht bij het Kadaster",
					"Een kennisspeurtocht, een verhoortechniek en video-opnames van vakmanschap."),
			new Seed("kennisbehoud-publieke-sector", Phase.EXPERIMENTEREN, 2, "Opdracht getekend",
					"Het Kadaster gaf schriftelijk opdracht voor de verhoortechniek en de video's."),
			new Seed("kennisbehoud-publieke-sector", Phase.VERBREDEN, 6, "Verder als kenniskring",
					"Een jaar lang kleine opdrachten voor gemeenten; een van de vier diffusietanks."),
			new Seed("maatschappelijk-rekenkameronderzoek", Phase.EXPERIMENTEREN, 3, "Pilotrapport gepubliceerd",
					"Het rapport leidde tot een ongewoon reflectief raadsdebat: leervragen in plaats van oordelen."),
			new Seed("maatschappelijk-rekenkameronderzoek", Phase.VERBREDEN, 4, "Tweede gemeente doet mee",
					"Na een positionpaper en een bundel methoden volgde een tweede gemeente."),
			new Seed("voor-je-buurt", Phase.EXPERIMENTEREN, 4, "Zeven initiatieven in de pilot",
					"Zeven initiatieven in zeven (deel)gemeenten haalden hun geld op."),
			new Seed("voor-je-buurt", Phase.VERBREDEN, 8, "Een landelijk platform",
					"Het platform ging zelfstandig verder en werd het grootste voor lokale crowdfunding."),
			new Seed("train-je-collega", Phase.VERBREDEN, 3, "Eerste landelijke Train je collega-dag",
					"Organisaties uit het hele land hielden een eigen Train je collega-week."),
			new Seed("vaktherapie", Phase.EVALUEREN, 5, "Jubileumboek en congres",
					"Met bijdragen van zorgexperts, en een congres samen met de GGZ."),
			new Seed("slim-en-verantwoord-innen", Phase.SCHETSEN, 40, "Adviesrapport aangeboden",
					"Advies over informatie-uitwisseling tussen schuldeisers en schuldhulpverlening."),
			new Seed("slim-en-verantwoord-innen", Phase.EXPERIMENTEREN, 2, "Experiment in Amsterdam van start",
					"Na anderhalf jaar gesprekken begon een proef in Amsterdam."),
			new Seed("rol-in-regiegemeente", Phase.EXPERIMENTEREN, 3, "Eerste gedachte-experiment",
					"Over generatiearmoede in Lelystad, met secretarissen uit drie gemeenten."),
			new Seed("echt-werk-infrastructuur-en-milieu", Phase.EXPERIMENTEREN, 8, "Zeven directies benaderd",
					"Het team zocht een plek voor een echte baan; de lessen staan in de blogs."),
			new Seed(DemoLiveDoetanks.ACTIVE, Phase.SCHETSEN, 6, "Drie schetsen voor het signaal",
					"Een melding per schuldeiser, een gezamenlijke lijst per wijk en een vraag op de "
							+ "aanmeldkaart van het wijkteam."),
			new Seed(DemoLiveDoetanks.ACTIVE, Phase.ADOPTEREN, 3, "Zwolle wil de proef hosten",
					"Twee wijkteams en de teamleider schuldhulpverlening doen mee."));

	private final Doetanks doetanks;

	private final MilestoneService milestones;

	private final MemberDirectory members;

	private final Clock clock;

	DemoMilestones(Doetanks doetanks, MilestoneService milestones, MemberDirectory members, Clock clock) {
		this.doetanks = doetanks;
		this.milestones = milestones;
		this.members = members;
		this.clock = clock;
	}

	/** Adds the milestones; returns how many seeds found their Doetank and phase. */
	int load() {
		int added = 0;
		for (Seed seed : SEEDS) {
			Optional<DoetankRef> doetank = this.doetanks.findBySlug(seed.slug());
			if (doetank.isEmpty()) {
				continue;
			}
			Optional<LocalDate> day = dayOf(seed, this.milestones.staysOf(doetank.get()));
			Optional<MemberPrincipal> trekker = trekkerOf(doetank.get());
			if (day.isPresent() && trekker.isPresent()) {
				this.milestones.addToHistory(seed.slug(),
						new MilestoneEntry(day.get(), seed.title(), seed.line(), null), trekker.get());
				added++;
			}
		}
		return added;
	}

	/**
	 * {@code weeks} into the first stay in the seed's phase, but not past the end of that
	 * stay nor past today; empty when the Doetank never reached the phase.
	 */
	Optional<LocalDate> dayOf(Seed seed, List<StayInPhase> stays) {
		LocalDate today = LocalDate.now(this.clock);
		return stays.stream().filter((stay) -> stay.phase() == seed.phase()).findFirst().map((stay) -> {
			LocalDate day = stay.from().plusWeeks(seed.weeks());
			// The day it left belongs to the next stay already.
			LocalDate left = (stay.until() != null && stay.until().isAfter(stay.from())) ? stay.until().minusDays(1)
					: stay.until();
			LocalDate last = (left != null && left.isBefore(today)) ? left : today;
			return day.isAfter(last) ? last : day;
		});
	}

	private Optional<MemberPrincipal> trekkerOf(DoetankRef doetank) {
		TeamRoles team = this.doetanks.team(doetank.id());
		return team.active()
			.keySet()
			.stream()
			.filter(team::isTrekker)
			.sorted()
			.findFirst()
			.flatMap(this.members::actingAs);
	}

}
