package nl.clubhuis.publishing;

import java.time.Instant;

import nl.clubhuis.doetank.Doetank;
import nl.clubhuis.doetank.DoetankAccess;
import nl.clubhuis.member.MemberPrincipal;

import org.springframework.stereotype.Component;

/**
 * Who writes, edits and sees which post. Redacteurs run the news and the Café blog; a
 * Doetank's members write its blog; its coaches write beschouwingen. Concepts and
 * ingeplande posts are seen only by who may edit them.
 */
@Component
public class PostAccess {

	private final DoetankAccess doetankAccess;

	PostAccess(DoetankAccess doetankAccess) {
		this.doetankAccess = doetankAccess;
	}

	public boolean canWrite(PostKind kind, Doetank doetank, MemberPrincipal writer) {
		if (writer == null) {
			return false;
		}
		return switch (kind) {
			case NIEUWS, CAFEBLOG -> isRedacteur(writer);
			case DOETANKBLOG -> this.doetankAccess.canWriteOnBlog(doetank, writer);
			case BESCHOUWING -> this.doetankAccess.canWriteBeschouwing(doetank, writer);
		};
	}

	/**
	 * Any redacteur edits the network's sections; a Doetank post is edited by its author
	 * while they still have the right to write it. A beheerder may always step in.
	 */
	public boolean canEdit(Post post, MemberPrincipal editor) {
		if (editor == null) {
			return false;
		}
		if (editor.isBeheerder()) {
			return true;
		}
		if (!post.getKind().belongsToADoetank()) {
			return isRedacteur(editor);
		}
		return post.getAuthor().getId().equals(editor.id()) && canWrite(post.getKind(), post.getDoetank(), editor);
	}

	public boolean canSee(Post post, MemberPrincipal viewer, Instant now) {
		if (post.getDoetank() != null && !post.getDoetank().isPublic()) {
			// A proposal's or declined Doetank's posts are not for readers.
			return canEdit(post, viewer);
		}
		return post.isVisibleAt(now) || canEdit(post, viewer);
	}

	/** Redacteurs hide and restore reported comments. */
	public boolean canModerate(MemberPrincipal viewer) {
		return viewer != null && isRedacteur(viewer);
	}

	private static boolean isRedacteur(MemberPrincipal member) {
		return member.isRedactie();
	}

}
