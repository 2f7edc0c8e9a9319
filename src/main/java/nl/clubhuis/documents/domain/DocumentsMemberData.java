package nl.clubhuis.documents.domain;

import nl.clubhuis.member.MemberDataContributor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member's part in the documents, in the export: the files they uploaded. One
 * statement.
 */
@Component
class DocumentsMemberData implements MemberDataContributor {

	private final JdbcTemplate jdbc;

	DocumentsMemberData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "documents";
	}

	@Override
	public Object dataOf(long memberId) {
		return MemberDataContributor.rows(this.jdbc, """
				SELECT d.doetank_id, d.title, d.kind, d.phase, d.visibility, v.number AS version, v.file_name,
				       v.content_type, v.size_bytes, v.uploaded_at
				FROM document_version v JOIN document d ON d.id = v.document_id
				WHERE v.uploaded_by = ? AND v.deleted_at IS NULL ORDER BY v.uploaded_at, v.id""", memberId);
	}

}
