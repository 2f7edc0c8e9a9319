package nl.clubhuis.agenda.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.clubhuis.agenda.domain.AgendaViews.MyRegistration;
import nl.clubhuis.agenda.domain.EventPages;
import nl.clubhuis.member.Viewer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells a member, on whatever page they open next, that they moved up from a waiting
 * list, until they say they saw it.
 */
@ControllerAdvice
class PromotionNotices {

	private final ObjectProvider<EventPages> pages;

	/** A provider: web slice tests load this advice without the agenda itself. */
	PromotionNotices(ObjectProvider<EventPages> pages) {
		this.pages = pages;
	}

	@ModelAttribute("promotions")
	List<MyRegistration> promotions(Viewer viewer, HttpServletRequest request) {
		EventPages agenda = this.pages.getIfAvailable();
		if (!viewer.isLoggedIn() || agenda == null || !"GET".equals(request.getMethod())) {
			return List.of();
		}
		return agenda.unseenPromotions(viewer.member());
	}

}
