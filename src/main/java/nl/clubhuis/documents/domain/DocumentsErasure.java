package nl.clubhuis.documents.domain;

import nl.clubhuis.member.MemberErased;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member who deletes their account leaves the team's documents with the team; only the
 * link to who uploaded each version goes.
 */
@Component
class DocumentsErasure {

	private final JdbcTemplate jdbc;

	DocumentsErasure(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void erased(MemberErased event) {
		this.jdbc.update("UPDATE document_version SET uploaded_by = NULL WHERE uploaded_by = ?", event.memberId());
	}

}
