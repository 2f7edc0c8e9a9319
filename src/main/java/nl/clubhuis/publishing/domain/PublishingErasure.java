package nl.clubhuis.publishing.domain;

import nl.clubhuis.member.MemberErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member who deletes their account chose what happens to what they wrote: it stays,
 * shown under "voormalig lid" (nothing to do here, the name comes from the account), or
 * it goes: their comments, and their posts with the comments under them. Pictures they
 * uploaded that no post uses any more go at once.
 */
@Component
class PublishingErasure {

	private final JdbcTemplate jdbc;

	PublishingErasure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void erased(MemberErased event) {
		if (!event.keepContent()) {
			this.jdbc.update("DELETE FROM post_comment WHERE author_id = ?", event.memberId());
			this.jdbc.update("DELETE FROM post WHERE author_id = ?", event.memberId());
		}
		this.jdbc.update("""
				DELETE FROM image i WHERE i.uploader_id = ?
				AND NOT EXISTS (SELECT 1 FROM post p WHERE p.cover_image_id = i.id)""", event.memberId());
	}

}
