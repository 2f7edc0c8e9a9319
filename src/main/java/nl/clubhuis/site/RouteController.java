package nl.clubhuis.site;

import java.util.List;

import nl.clubhuis.agenda.AgendaCatalog;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * /route, "Zelf een Doetank starten?": the recipe, the six phases, who does what, and how
 * to begin, for someone who has a problem from their own work.
 */
@Controller
class RouteController {

	/** The roles a newcomer meets, in the order the recipe names them. */
	private static final List<MembershipRole> ROLES = List.of(MembershipRole.TREKKER, MembershipRole.LID,
			MembershipRole.PROBLEEMEIGENAAR, MembershipRole.COACH, MembershipRole.OPDRACHTGEVER,
			MembershipRole.EINDGEBRUIKER, MembershipRole.SUPPORTER);

	private final AgendaCatalog agenda;

	RouteController(AgendaCatalog agenda) {
		this.agenda = agenda;
	}

	@GetMapping("/route")
	String route(Model model) {
		model.addAttribute("phases", Phase.values());
		model.addAttribute("roles", ROLES);
		model.addAttribute("ingredients", List.of("problem", "team", "owners", "opdrachtgever", "coach", "network"));
		model.addAttribute("startSteps", List.of("bring", "intake", "judge", "team", "begin"));
		model.addAttribute("events", this.agenda.next(1));
		return "site/route";
	}

}
