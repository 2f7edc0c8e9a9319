package nl.clubhuis.contact.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.contact.domain.ContactPreferenceRepository;
import nl.clubhuis.doetank.DoetankPageSection;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The contact module's say on the Doetank page: where "Mail de trekker(s)" points
 * ({@code mailTrekkersPath}), or null: only for a logged-in member on a public Doetank
 * with a trekker other than themselves who accepts messages. At most one statement.
 */
@Component
class ContactSection implements DoetankPageSection {

	private final ContactPreferenceRepository preferences;

	ContactSection(ContactPreferenceRepository preferences) {
		this.preferences = preferences;
	}

	@Override
	public void addTo(Model model, DoetankRef doetank, TeamRoles team, Viewer viewer) {
		model.addAttribute("mailTrekkersPath", mailTrekkersPath(doetank, team, viewer));
	}

	private String mailTrekkersPath(DoetankRef doetank, TeamRoles team, Viewer viewer) {
		if (!viewer.isLoggedIn() || !doetank.isPublic()) {
			return null;
		}
		List<Long> trekkers = team.active()
			.entrySet()
			.stream()
			.filter((member) -> member.getValue().contains(MembershipRole.TREKKER) && !viewer.is(member.getKey()))
			.map(Map.Entry::getKey)
			.toList();
		if (trekkers.isEmpty() || Set.copyOf(this.preferences.refusing(trekkers)).containsAll(trekkers)) {
			return null;
		}
		return doetank.path() + "/bericht";
	}

}
