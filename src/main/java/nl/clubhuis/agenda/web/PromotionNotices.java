package nl.clubhuis.agenda.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.clubhuis.agenda.domain.AgendaViews.MyRegistration;
import nl.clubhuis.agenda.domain.EventPages;
import nl.clubhuis.member.MemberPrincipal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
	List<MyRegistration> promotions(@AuthenticationPrincipal MemberPrincipal member, HttpServletRequest request) {
		EventPages agenda = this.pages.getIfAvailable();
		if (member == null || agenda == null || !"GET".equals(request.getMethod())) {
			return List.of();
		}
		return agenda.unseenPromotions(member);
	}

}
