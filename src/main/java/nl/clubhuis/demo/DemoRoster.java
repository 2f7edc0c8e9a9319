package nl.clubhuis.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.demo.DemoPeople.Person;
import nl.clubhuis.doetank.HistoricalDoetank.TeamMember;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;

/** Who is in the team of each demo Doetank. */
final class DemoRoster {

	private DemoRoster() {
	}

	/**
	 * An invented team per Doetank, the same on every run, shaped as the sources describe
	 * it where they do: Kennisbehoud about twenty people with the Kadaster as
	 * opdrachtgever (and the demo trekker and coach, so those accounts have a Doetank to
	 * run), Jonge ambtenaren Amsterdam five people of the gemeente Amsterdam with their
	 * own coach, Echt werk one trekker, Slim en verantwoord innen three supporters. A
	 * Doetank whose route had a gatekeepers-overleg has a second coach.
	 */
	static List<TeamMember> team(SeedDoetank entry, DutchTexts dutch, int index, Map<String, MemberPrincipal> people) {
		List<Person> pool = DemoPeople.MEMBERS;
		Map<MembershipRole, List<Person>> roles = new LinkedHashMap<>();
		Phase phase = SeedMapping.phase(entry.furthestPhase());
		switch (entry.slug()) {
			case DemoDataLoader.KENNISBEHOUD -> {
				roles.put(MembershipRole.TREKKER, List.of(DemoPeople.TREKKER));
				roles.put(MembershipRole.COACH, List.of(DemoPeople.COACH));
				roles.put(MembershipRole.OPDRACHTGEVER, List.of(DemoPeople.KADASTER));
				roles.put(MembershipRole.LID, pool);
			}
			case DemoDataLoader.AMSTERDAM -> {
				roles.put(MembershipRole.TREKKER, DemoPeople.AMSTERDAM.subList(0, 1));
				roles.put(MembershipRole.COACH, List.of(DemoPeople.AMSTERDAM_COACH));
				roles.put(MembershipRole.LID, DemoPeople.AMSTERDAM.subList(1, DemoPeople.AMSTERDAM.size()));
			}
			default -> {
				Person trekker = pool.get(index % pool.size());
				roles.put(MembershipRole.TREKKER, List.of(trekker));
				Person coach = DemoPeople.COACHES.get(index % DemoPeople.COACHES.size());
				List<Person> coaches = new ArrayList<>(List.of(coach));
				if (hasOverleg(dutch)) {
					coaches.add((coach != DemoPeople.COACH) ? DemoPeople.COACH : DemoPeople.COACHES.get(1));
				}
				roles.put(MembershipRole.COACH, coaches);
				if (entry.slug().startsWith("echt-werk-")) {
					break;
				}
				roles.put(MembershipRole.LID,
						List.of(pool.get((index + 3) % pool.size()), pool.get((index + 7) % pool.size())));
				if (!phase.isBefore(Phase.ADOPTEREN)) {
					roles.put(MembershipRole.OPDRACHTGEVER, List.of(pool.get((index + 11) % pool.size())));
				}
				if (DemoDataLoader.SLIM_INNEN.equals(entry.slug())) {
					roles.put(MembershipRole.SUPPORTER, List.of(pool.get((index + 13) % pool.size()),
							pool.get((index + 14) % pool.size()), pool.get((index + 15) % pool.size())));
				}
				else if (index % 2 == 0) {
					roles.put(MembershipRole.SUPPORTER, List.of(pool.get((index + 13) % pool.size())));
				}
				if (index % 3 == 0) {
					roles.put(MembershipRole.EINDGEBRUIKER, List.of(pool.get((index + 5) % pool.size())));
				}
			}
		}
		List<TeamMember> team = new ArrayList<>();
		roles.forEach((role, persons) -> persons
			.forEach((person) -> team.add(new TeamMember(people.get(person.email()).id(), role))));
		return team;
	}

	private static boolean hasOverleg(DutchTexts dutch) {
		return dutch.route() != null && dutch.route().stream().anyMatch(DutchTexts.RouteStep::isOverleg);
	}

}
