package nl.clubhuis.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.route.AdopterEntry;
import nl.clubhuis.route.AdopterService;

/**
 * Organisations that took up a demo Doetank's result, only as the network's record
 * (seed-doetanks.json) names them: Train je collega spread to over twenty organisations
 * and inspired the programme that went to the VNG in the autumn of 2014; Voor je Buurt's
 * platform went on as an independent non-profit; Kennisbehoud's verhoortechniek was
 * extended to the Kadaster's expertisecentrum. The contact is the organisation, never an
 * invented person. The trekker records them, through {@link AdopterService} (which takes
 * them only on a Doetank in verbreden or finished). Running it twice adds nothing: an
 * organisation is kept once per Doetank.
 * <p>
 * Molenwaard applying the method of Gemeente zonder huis I on its own is not recorded:
 * that Doetank never got past adopteren, and an adopter is for a result being spread.
 */
class DemoAdopters {

	record Seed(String slug, String organisation, String takenUp, LocalDate since, String contact) {
	}

	static final List<Seed> SEEDS = List.of(
			new Seed("train-je-collega", "Ruim twintig (semi)publieke organisaties",
					"Elk een eigen Train je collega-week; samen met Amsterdam kwamen meer dan 6.000 professionals"
							+ " naar de workshop van een collega.",
					LocalDate.of(2013, 10, 1), "De organisatoren van de Train je collega-weken"),
			new Seed("train-je-collega", "VNG",
					"Het programma Intercollegiale professionalisering, door Train je collega geïnspireerd, ging in"
							+ " het najaar van 2014 over naar de VNG.",
					LocalDate.of(2014, 10, 1), "Programma Intercollegiale professionalisering"),
			new Seed("voor-je-buurt", "Voor je Buurt (zelfstandige non-profit)",
					"Het crowdfundingplatform uit de pilot, voor buurtinitiatieven in het hele land.",
					LocalDate.of(2013, 11, 1), "Voor je Buurt"),
			new Seed("kennisbehoud-publieke-sector", "Kadaster Expertisecentrum (Materiebeleid)",
					"De verhoortechniek uit het experiment, uitgebreid naar het expertisecentrum.",
					LocalDate.of(2013, 6, 1), "Kadaster Expertisecentrum"));

	private final Doetanks doetanks;

	private final AdopterService adopters;

	private final MemberDirectory members;

	DemoAdopters(Doetanks doetanks, AdopterService adopters, MemberDirectory members) {
		this.doetanks = doetanks;
		this.adopters = adopters;
		this.members = members;
	}

	/** Records the adopters; returns how many seeds found their Doetank and trekker. */
	int load() {
		int recorded = 0;
		for (Seed seed : SEEDS) {
			Optional<DoetankRef> doetank = this.doetanks.findBySlug(seed.slug());
			Optional<MemberPrincipal> trekker = doetank.flatMap(this::trekkerOf);
			if (trekker.isPresent()) {
				this.adopters.record(seed.slug(),
						new AdopterEntry(seed.organisation(), seed.takenUp(), seed.since(), seed.contact(), false),
						trekker.get());
				recorded++;
			}
		}
		return recorded;
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
