package nl.clubhuis.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.notifications.domain.MyNotifications;
import nl.clubhuis.notifications.domain.UnreadCount;
import nl.clubhuis.shared.MemberContent;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of unread notifications beside "Meldingen" in the header of every page, kept
 * per member until their notifications change or the next one waiting for its moment
 * appears ({@link MemberContent}).
 */
@ControllerAdvice
class UnreadNotifications {

	private static final String KEY = "notifications.unread";

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
		UnreadCount unread = this.kept.get(memberId, KEY, () -> mine.unread(memberId));
		if (unread.outdatedAt(mine.instant())) {
			// a notification waiting for its moment (a scheduled post's) has appeared
			this.kept.forget(memberId);
			unread = this.kept.get(memberId, KEY, () -> mine.unread(memberId));
		}
		return unread.count();
	}

}
