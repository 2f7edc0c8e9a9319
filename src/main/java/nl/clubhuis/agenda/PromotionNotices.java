package nl.clubhuis.agenda;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
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

	private final ObjectProvider<AgendaCatalog> catalog;

	/** A provider: web slice tests load this advice without the agenda itself. */
	PromotionNotices(ObjectProvider<AgendaCatalog> catalog) {
		this.catalog = catalog;
	}

	@ModelAttribute("promotions")
	List<Registration> promotions(@AuthenticationPrincipal MemberPrincipal member, HttpServletRequest request) {
		AgendaCatalog agenda = this.catalog.getIfAvailable();
		if (member == null || agenda == null || !"GET".equals(request.getMethod())) {
			return List.of();
		}
		return agenda.unseenPromotions(member);
	}

}
