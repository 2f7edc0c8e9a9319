package nl.clubhuis.redactie.web;

import java.util.HashSet;
import java.util.Set;

import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.redactie.EditorialDesk;
import nl.clubhuis.redactie.EditorialDesk.Desk;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The editorial desk at /redactie. */
@Controller
class DeskController {

	private final EditorialDesk desk;

	private final MemberDirectory members;

	DeskController(EditorialDesk desk, MemberDirectory members) {
		this.desk = desk;
		this.members = members;
	}

	@GetMapping("/redactie")
	String desk(Viewer viewer, Model model) {
		Desk desk = this.desk.of(viewer.member());
		Set<Long> authors = new HashSet<>();
		desk.reported().forEach((q) -> {
			if (q.item() != null && q.item().authorId() != null) {
				authors.add(q.item().authorId());
			}
		});
		desk.written().forEach((w) -> authors.add(w.authorId()));
		model.addAttribute("desk", desk);
		model.addAttribute("people", this.members.byIds(authors));
		return "redactie/desk";
	}

}
