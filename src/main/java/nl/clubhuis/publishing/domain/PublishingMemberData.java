package nl.clubhuis.publishing.domain;

import java.util.Map;

import nl.clubhuis.member.MemberDataContributor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a member wrote, in the export: posts (concepts too), comments with the post they
 * are under, and the pictures they uploaded (described, not the bytes). Who reported a
 * comment is never recorded, so there is nothing to give for reports. Three statements.
 */
@Component
class PublishingMemberData implements MemberDataContributor {

	private final JdbcTemplate jdbc;

	PublishingMemberData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "publishing";
	}

	@Override
	public Object dataOf(long memberId) {
		return Map.of("posts", MemberDataContributor.rows(this.jdbc, """
				SELECT id, kind, slug, title, summary, body, tags, phase, status, publish_at, created_at, updated_at,
				       hidden_at, hidden_reason
				FROM post WHERE author_id = ? ORDER BY created_at, id""", memberId), "comments",
				MemberDataContributor.rows(this.jdbc, """
						SELECT c.id, p.slug AS post, p.title AS post_title, c.text, c.written_at, c.edited_at,
						       c.hidden, c.report_count
						FROM post_comment c JOIN post p ON p.id = c.post_id
						WHERE c.author_id = ? ORDER BY c.written_at, c.id""", memberId), "pictures_uploaded",
				MemberDataContributor.rows(this.jdbc, """
						SELECT id, content_type, width, height, size_bytes, uploaded_at
						FROM image WHERE uploader_id = ? ORDER BY uploaded_at, id""", memberId));
	}

}
