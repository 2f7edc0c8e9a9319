package nl.clubhuis.member.domain;

import nl.clubhuis.audit.AuditLog;
import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.expertise.ExpertiseVocabulary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.clubhuis.member.MemberDataContributor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The account itself in the export: who the member is, their profile (with the names of
 * their expertise, whether they have a photo and when they uploaded it, not its bytes),
 * their roles, and the logboek entries by or about them. Never the password hash; the
 * login throttle keeps no address (only a hash of address and client address).
 */
@Component
class AccountMemberData implements MemberDataContributor {

	private final JdbcTemplate jdbc;

	private final AuditLog auditLog;

	private final ExpertiseVocabulary vocabulary;

	AccountMemberData(JdbcTemplate jdbc, AuditLog auditLog, ExpertiseVocabulary vocabulary) {
		this.jdbc = jdbc;
		this.vocabulary = vocabulary;
		this.auditLog = auditLog;
	}

	@Override
	public String section() {
		return "account";
	}

	@Override
	public Object dataOf(long memberId) {
		List<Map<String, Object>> account = MemberDataContributor.rows(this.jdbc,
				"SELECT id, name, email, organisation, roles, created_at, email_verified_at, last_login_at, blocked_at, "
						+ "locale, slug, profile_visibility, job_title, bio FROM member WHERE id = ?",
				memberId);
		List<Long> expertiseIds = this.jdbc
			.queryForList("SELECT expertise_id FROM member_expertise WHERE member_id = ?", Long.class, memberId);
		List<String> expertise = this.vocabulary.sorted(expertiseIds).stream().map(Expertise::nameNl).toList();
		List<Map<String, Object>> photo = MemberDataContributor.rows(this.jdbc,
				"SELECT uploaded_at, content_type, width, height FROM member_photo WHERE member_id = ?", memberId);
		Map<String, Object> photoData = new LinkedHashMap<>();
		photoData.put("present", !photo.isEmpty());
		photo.forEach(photoData::putAll);
		return Map.of("member", account.isEmpty() ? Map.of() : account.get(0), "expertise", expertise, "photo",
				photoData, "logboek", this.auditLog.involving(memberId));
	}

}
