package nl.clubhuis.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.notifications.domain.MyNotifications;
import nl.clubhuis.shared.MemberContent;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of unread notifications beside "Meldingen" in the header of every page, kept
 * per member until their notifications change ({@link MemberContent}).
 */
@ControllerAdvice
class UnreadNotifications {

	private final ObjectProvider<MyNotifications> notifications;

	private final MemberContent kept;

	/** Providers: web slice tests load this advice without the module's services. */
	UnreadNotifications(ObjectProvider<MyNotifications> notifications, ObjectProvider<MemberContent> kept) {
		this.notifications = notifications;
		this.kept = kept.getIfAvailable(MemberContent::uncached);
	}

	@ModelAttribute("unreadNotifications")
	Long unread(Viewer viewer, HttpServletRequest request) {
		MyNotifications mine = this.notifications.getIfAvailable();
		if (!viewer.isLoggedIn() || mine == null || !"GET".equals(request.getMethod())) {
			return null;
		}
		long memberId = viewer.member().id();
		return this.kept.get(memberId, "notifications.unread", () -> mine.unread(memberId));
	}

}
