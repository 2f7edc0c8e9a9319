package nl.clubhuis.doetank.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.clubhuis.doetank.CoachPageSection;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /coach, the coaches' own page (network coaches and beheerders, see
 * {@link DoetankPaths}). It knows none of the sections: each module adds its own through
 * {@link CoachPageSection} (the route module adds the Doetanks that stall and the
 * overleggen the coach was at), and the page shows them in order.
 */
@Controller
class CoachPageController {

	private final List<CoachPageSection> sections;

	CoachPageController(List<CoachPageSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(CoachPageSection::order)).toList();
	}

	@GetMapping("/coach")
	String show(@RequestParam Map<String, String> parameters, Viewer coach, Model model) {
		CoachPageSection.Request request = new CoachPageSection.Request(coach, parameters);
		model.addAttribute("sections",
				this.sections.stream()
					.map((section) -> new Shown(section.fragment(), section.content(request)))
					.toList());
		return "coach/overview";
	}

	/** One section as the page shows it: its fragment with its content. */
	public record Shown(String fragment, Object content) {
	}

}
