package nl.clubhuis.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.ProfileVisibility;
import nl.clubhuis.member.Profiles;
import nl.clubhuis.member.Profiles.Draft;

/**
 * Profiles for the invented demo people: a function, a short text, expertise, and who may
 * see it (mostly members only, some everyone, one nobody). Written once: a profile that
 * already has a function is left as its owner made it.
 */
class DemoProfiles {

	private static final Map<String, DemoProfile> PROFILES = Map.ofEntries(
			entry(DemoPeople.LID, "Beleidsadviseur dienstverlening",
					"Ik werk aan **eenvoudiger dienstverlening** voor inwoners en wil leren hoe een Doetank werkt.",
					ProfileVisibility.LEDEN, "dienstverlening", "beleid", "taal-en-toegankelijkheid"),
			entry(DemoPeople.TREKKER, "Programmamanager kennisbehoud",
					"Trekker van een Doetank over kennis die verdwijnt als collega's met pensioen gaan.",
					ProfileVisibility.IEDEREEN, "projectleiding", "hr-en-organisatie", "verandermanagement"),
			entry(DemoPeople.COACH, "Coach publieke innovatie",
					"Ik begeleid teams door de route, van vraagstuk tot verbreden, en zit graag bij een gatekeepers-overleg.",
					ProfileVisibility.IEDEREEN, "facilitatie", "procesverbetering", "onderzoek-en-evaluatie"),
			entry(DemoPeople.REDACTEUR, "Redacteur", "Ik schrijf over wat Doetanks leren, ook als iets mislukt.",
					ProfileVisibility.IEDEREEN, "communicatie", "taal-en-toegankelijkheid"),
			entry(DemoPeople.MEMBERS.get(0), "Jurist omgevingsrecht",
					"Ik denk graag mee over wat er juridisch **wel** kan bij een experiment.", ProfileVisibility.LEDEN,
					"juridisch", "ruimtelijke-ordening"),
			entry(DemoPeople.MEMBERS.get(1), "Data-analist", "Van data naar inzicht, en van inzicht naar beter beleid.",
					ProfileVisibility.LEDEN, "ict-en-data", "privacy-en-informatiebeveiliging"),
			entry(DemoPeople.MEMBERS.get(2), "Inkoopadviseur",
					"Innovatiegericht inkopen: ik help teams een experiment goed in te kopen.",
					ProfileVisibility.IEDEREEN, "inkoop", "financien"),
			entry(DemoPeople.MEMBERS.get(3), "Senior beleidsmedewerker",
					"Werkt aan de relatie tussen Rijk en gemeenten.", ProfileVisibility.LEDEN, "beleid",
					"bestuurlijke-advisering", "ketensamenwerking"),
			entry(DemoPeople.MEMBERS.get(4), "Ontwerper", "Service design met inwoners aan tafel.",
					ProfileVisibility.LEDEN, "ontwerp", "burgerparticipatie", "gedragsinzicht"),
			entry(DemoPeople.MEMBERS.get(5), "Teamleider uitvoering", "Ik weet hoe het in de uitvoering echt gaat.",
					ProfileVisibility.NIEMAND, "uitvoering", "sociaal-domein"),
			entry(DemoPeople.MEMBERS.get(6), "Adviseur duurzaamheid", "Energietransitie in de regio.",
					ProfileVisibility.LEDEN, "duurzaamheid", "ruimtelijke-ordening"),
			entry(DemoPeople.MEMBERS.get(7), "Gedragsexpert", "Wat mensen echt doen, niet wat we denken dat ze doen.",
					ProfileVisibility.LEDEN, "gedragsinzicht", "onderzoek-en-evaluatie"),
			entry(DemoPeople.MEMBERS.get(8), "Communicatieadviseur", "Helder schrijven voor iedereen.",
					ProfileVisibility.LEDEN, "communicatie", "taal-en-toegankelijkheid"),
			entry(DemoPeople.MEMBERS.get(9), "Controller", "Businesscases die kloppen.", ProfileVisibility.LEDEN,
					"financien", "procesverbetering"),
			entry(DemoPeople.MEMBERS.get(10), "Adviseur informatiesamenleving",
					"Verbindt gemeenten die hetzelfde probleem hebben.", ProfileVisibility.IEDEREEN,
					"netwerken-en-lobby", "ketensamenwerking", "ict-en-data"),
			entry(DemoPeople.MEMBERS.get(11), "Participatiemedewerker", "Inwoners vanaf het begin betrekken.",
					ProfileVisibility.LEDEN, "burgerparticipatie", "sociaal-domein"),
			entry(DemoPeople.MEMBERS.get(12), "Toezichthouder", "Handhaven met oog voor de bedoeling.",
					ProfileVisibility.LEDEN, "toezicht-en-handhaving", "juridisch"));

	private final Profiles profiles;

	private final ExpertiseVocabulary vocabulary;

	DemoProfiles(Profiles profiles, ExpertiseVocabulary vocabulary) {
		this.profiles = profiles;
		this.vocabulary = vocabulary;
	}

	/** Fills in the profiles of these people that are still empty; answers how many. */
	int load(Map<String, MemberPrincipal> people) {
		Map<String, Long> terms = this.vocabulary.offered()
			.stream()
			.collect(Collectors.toMap(Expertise::slug, Expertise::id));
		int written = 0;
		for (Map.Entry<String, DemoProfile> entry : PROFILES.entrySet()) {
			MemberPrincipal member = people.get(entry.getKey());
			if (member == null || this.profiles.own(member.id()).draft().jobTitle() != null) {
				continue;
			}
			DemoProfile profile = entry.getValue();
			Set<Long> expertise = profile.expertise()
				.stream()
				.map(terms::get)
				.filter(java.util.Objects::nonNull)
				.collect(Collectors.toSet());
			Draft current = this.profiles.own(member.id()).draft();
			this.profiles.save(member.id(), new Draft(current.organisation(), profile.jobTitle(), profile.bio(),
					expertise, profile.visibility()));
			written++;
		}
		return written;
	}

	private static Map.Entry<String, DemoProfile> entry(DemoPeople.Person person, String jobTitle, String bio,
			ProfileVisibility visibility, String... expertise) {
		return Map.entry(person.email(), new DemoProfile(jobTitle, bio, visibility, Arrays.asList(expertise)));
	}

	private record DemoProfile(String jobTitle, String bio, ProfileVisibility visibility, List<String> expertise) {
	}

}
