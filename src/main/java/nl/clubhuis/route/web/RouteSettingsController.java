package nl.clubhuis.route.web;

import nl.clubhuis.member.Viewer;
import nl.clubhuis.route.RouteSettings;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /beheer/instellingen: a beheerder changes the route's settings (the coaches at a
 * gatekeepers-overleg, when /coach lists a Doetank as stalling). Here rather than in
 * beheer, which does not depend on route; beheer's path rule (beheerders only) covers it.
 */
@Controller
class RouteSettingsController {

	static final String PATH = "/beheer/instellingen";

	private final RouteSettings settings;

	RouteSettingsController(RouteSettings settings) {
		this.settings = settings;
	}

	@GetMapping(PATH)
	String show(Viewer viewer, Model model) {
		mustBeBeheerder(viewer);
		model.addAttribute("form", RouteSettingsForm.of(this.settings.current()));
		return "beheer/settings";
	}

	@PostMapping(PATH)
	String save(Viewer viewer, @ModelAttribute("form") RouteSettingsForm form, BindingResult errors,
			RedirectAttributes redirect) {
		mustBeBeheerder(viewer);
		form.check(errors);
		if (errors.hasErrors()) {
			return "beheer/settings";
		}
		try {
			this.settings.save(form.setting(), viewer.member());
		}
		catch (OptimisticLockingFailureException ex) {
			// Someone saved meanwhile: keep what this beheerder typed, say so, and let a
			// second save deliberately replace the other version.
			errors.reject("settings.conflict");
			form.setVersion(this.settings.current().version());
			return "beheer/settings";
		}
		redirect.addFlashAttribute("flashSuccess", "settings.saved");
		return "redirect:" + PATH;
	}

	private static void mustBeBeheerder(Viewer viewer) {
		if (!viewer.isBeheerder()) {
			throw new AccessDeniedException("only a beheerder changes the route's settings");
		}
	}

}
