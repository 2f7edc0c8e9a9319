package nl.clubhuis.publishing.domain;

import java.time.Instant;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TeamRoles;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.publishing.PostKind;

/**
 * Who writes, edits and sees which post. Redacteurs run the news and the Café blog; the
 * members of a public Doetank's team write its blog; its coaches write beschouwingen.
 * Concepts and ingeplande posts are seen only by who may edit them. Plain rules on the
 * Doetank and its team, decided here once for every page and service.
 */
public final class PostAccess {

	private PostAccess() {
	}

	/**
	 * May write a post of this kind: in the network's sections (no Doetank) or on this
	 * Doetank's blog.
	 */
	public static boolean canWrite(PostKind kind, DoetankRef doetank, TeamRoles team, Viewer writer) {
		if (!writer.isLoggedIn()) {
			return false;
		}
		return switch (kind) {
			case NIEUWS, CAFEBLOG -> writer.isRedactie();
			case DOETANKBLOG -> doetank != null && doetank.isPublic() && team.isMember(writer.member().id());
			case BESCHOUWING -> doetank != null && doetank.isPublic() && team.isCoach(writer.member().id());
		};
	}

	/**
	 * Any redacteur edits the network's sections; a Doetank post is edited by its author
	 * while they still have the right to write it. A beheerder may always step in.
	 */
	public static boolean canEdit(LocatedPost located, Viewer editor) {
		if (!editor.isLoggedIn()) {
			return false;
		}
		if (editor.isBeheerder()) {
			return true;
		}
		Post post = located.post();
		if (!post.getKind().belongsToADoetank()) {
			return editor.isRedactie();
		}
		return post.isBy(editor.member().id()) && canWrite(post.getKind(), located.doetank(), located.team(), editor);
	}

	/**
	 * A post the redactie hid is seen by who may edit it (its author can put it right)
	 * and by the redactie, who decide whether it returns.
	 */
	public static boolean canSee(LocatedPost located, Viewer viewer, Instant now) {
		if (!located.isOnPublicPlace()) {
			return canEdit(located, viewer);
		}
		Post post = located.post();
		return post.isVisibleAt(now) || canEdit(located, viewer) || (post.isHidden()
				&& (canModerate(viewer) || (viewer.isLoggedIn() && post.isBy(viewer.member().id()))));
	}

	/**
	 * A Doetank's blog post or beschouwing (published without an editor) that the network
	 * can read may be reported.
	 */
	public static boolean isReportable(LocatedPost located, Instant now) {
		return located.post().getKind().belongsToADoetank() && located.isOnPublicPlace()
				&& located.post().isVisibleAt(now);
	}

	/** Anyone but its author reports a reportable post (a visitor is asked to log in). */
	public static boolean canReport(LocatedPost located, Viewer viewer, Instant now) {
		return isReportable(located, now) && !(viewer.isLoggedIn() && located.post().isBy(viewer.member().id()));
	}

	/** Redacteurs hide and restore reported comments, and a Doetank's posts. */
	public static boolean canModerate(Viewer viewer) {
		return viewer.isRedactie();
	}

	/** Members comment on a post that is published. */
	public static boolean canComment(LocatedPost located, Viewer viewer, Instant now) {
		return viewer.isLoggedIn() && located.post().isVisibleAt(now);
	}

	public static PostPermissions on(LocatedPost located, Viewer viewer, Instant now) {
		return new PostPermissions(canEdit(located, viewer), canModerate(viewer), canComment(located, viewer, now),
				canReport(located, viewer, now));
	}

	/**
	 * The new posts a viewer may write in a section (no Doetank) or on a Doetank's blog.
	 */
	public static WritePermissions toWrite(PostKind kind, DoetankRef doetank, TeamRoles team, Viewer viewer) {
		if (doetank == null) {
			return new WritePermissions(canWrite(kind, null, TeamRoles.NOBODY, viewer), false);
		}
		return new WritePermissions(canWrite(PostKind.DOETANKBLOG, doetank, team, viewer),
				canWrite(PostKind.BESCHOUWING, doetank, team, viewer));
	}

}
