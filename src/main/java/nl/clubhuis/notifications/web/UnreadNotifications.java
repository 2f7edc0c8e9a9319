package nl.clubhuis.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.notifications.domain.MyNotifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread notifications beside "Meldingen" in the header of every page. */
@ControllerAdvice
class UnreadNotifications {

	private final ObjectProvider<MyNotifications> notifications;

	/** A provider: web slice tests load this advice without the module's services. */
	UnreadNotifications(ObjectProvider<MyNotifications> notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	Long unread(Viewer viewer, HttpServletRequest request) {
		MyNotifications mine = this.notifications.getIfAvailable();
		if (!viewer.isLoggedIn() || mine == null || !"GET".equals(request.getMethod())) {
			return null;
		}
		return mine.unread(viewer.member().id());
	}

}
