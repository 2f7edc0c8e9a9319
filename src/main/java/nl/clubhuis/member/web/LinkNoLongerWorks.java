package nl.clubhuis.member.web;

import org.springframework.ui.Model;

/**
 * A mailed link that is unknown, used or expired: one page that says so and offers the
 * way forward for that kind of link.
 */
enum LinkNoLongerWorks {

	VERIFY("/mijn/bevestigen", "link.invalid.verify"), RESET("/wachtwoord-vergeten", "link.invalid.reset"),
	CHANGE_EMAIL("/mijn/account", "link.invalid.changeEmail");

	private final String wayForward;

	private final String wayForwardLabel;

	LinkNoLongerWorks(String wayForward, String wayForwardLabel) {
		this.wayForward = wayForward;
		this.wayForwardLabel = wayForwardLabel;
	}

	String show(Model model) {
		model.addAttribute("wayForward", this.wayForward);
		model.addAttribute("wayForwardLabel", this.wayForwardLabel);
		return "member/link-invalid";
	}

}
