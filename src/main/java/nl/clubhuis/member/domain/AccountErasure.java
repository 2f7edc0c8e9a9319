package nl.clubhuis.member.domain;

import nl.clubhuis.audit.AuditFact;
import nl.clubhuis.audit.AuditLog;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import nl.clubhuis.member.ErasureObstacles;
import nl.clubhuis.member.ErasureObstacles.Obstacle;
import nl.clubhuis.member.MemberErased;
import nl.clubhuis.shared.ClubhuisProperties;
import nl.clubhuis.shared.Mails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member deletes their account (AVG article 17), or a beheerder does at their request.
 * In one transaction: every module erases its part ({@link MemberErased}), the account
 * row keeps nothing personal, the failed logins for the address and every session of the
 * member are removed.
 */
@Service
public class AccountErasure {

	private static final Logger log = LoggerFactory.getLogger(AccountErasure.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MemberRepository members;

	private final List<ErasureObstacles> obstacles;

	private final ApplicationEventPublisher events;

	private final PasswordEncoder passwordEncoder;

	private final MemberSessions sessions;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AuditLog auditLog;

	private final Mails mails;

	private final ClubhuisProperties properties;

	AccountErasure(MemberRepository members, List<ErasureObstacles> obstacles, ApplicationEventPublisher events,
			PasswordEncoder passwordEncoder, MemberSessions sessions, JdbcTemplate jdbc, Clock clock, AuditLog auditLog,
			Mails mails, ClubhuisProperties properties) {
		this.mails = mails;
		this.properties = properties;
		this.auditLog = auditLog;
		this.members = members;
		this.obstacles = obstacles;
		this.events = events;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What the member must settle first; empty when they may go. */
	@Transactional(readOnly = true)
	public List<Obstacle> obstaclesFor(long memberId) {
		return this.obstacles.stream().flatMap((check) -> check.obstaclesFor(memberId).stream()).toList();
	}

	@Transactional
	public Outcome erase(long memberId, String password, boolean keepContent) {
		Member member = this.members.findById(memberId).orElseThrow();
		if (member.isErased()) {
			return Outcome.ERASED;
		}
		if (password == null || !this.passwordEncoder.matches(password, member.getPasswordHash())) {
			return Outcome.WRONG_PASSWORD;
		}
		return eraseUnlessObstacles(member, keepContent, memberId);
	}

	/**
	 * A beheerder erases an account because its member asked for it (by mail, for
	 * example, having lost the password and the mailbox). Whoever calls this has checked
	 * that the beheerder may; the logboek names the beheerder, and the member's old
	 * address gets a last mail saying what happened.
	 */
	@Transactional
	public Outcome eraseOnRequest(long memberId, boolean keepContent, long beheerderId) {
		Member member = this.members.findById(memberId).orElseThrow();
		if (member.isErased()) {
			return Outcome.ERASED;
		}
		String email = member.getEmail();
		Locale language = member.getLocale();
		// An address never confirmed may be a typo that belongs to somebody else.
		boolean confirmed = member.isEmailVerified();
		Outcome outcome = eraseUnlessObstacles(member, keepContent, beheerderId);
		if (outcome == Outcome.ERASED && confirmed) {
			this.mails.send(email, language, keepContent ? "erasedOnRequest.kept" : "erasedOnRequest.removed", null,
					this.properties.privacyContact());
		}
		return outcome;
	}

	private Outcome eraseUnlessObstacles(Member member, boolean keepContent, long actorId) {
		long memberId = member.getId();
		if (!obstaclesFor(memberId).isEmpty()) {
			return Outcome.OBSTACLES;
		}
		String email = member.getEmail();
		this.events.publishEvent(new MemberErased(memberId, keepContent));
		// The logboek keeps the fact by id; the member's row stays, under "voormalig
		// lid".
		this.auditLog.record(AuditFact.erased(actorId, memberId));
		member.erase(this.passwordEncoder.encode(unguessableSecret()), this.clock.instant());
		this.members.saveAndFlush(member);
		this.jdbc.update("DELETE FROM account_token WHERE member_id = ?", memberId);
		this.jdbc.update("DELETE FROM member_photo WHERE member_id = ?", memberId);
		this.sessions.endAllBut(email, null);
		// Sessions of nobody in particular can hold the address too: a failed login keeps
		// what was typed. Erasure is rare, so a scan of the session attributes is fine.
		this.jdbc.update("""
				DELETE FROM spring_session WHERE primary_id IN (SELECT session_primary_id FROM spring_session_attributes
				WHERE position(convert_to(?, 'UTF8') IN attribute_bytes) > 0)""", email);
		log.info("Member {} erased {} account ({} the content)", actorId, (actorId == memberId) ? "their" : memberId,
				keepContent ? "keeping" : "removing");
		return Outcome.ERASED;
	}

	private static String unguessableSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getEncoder().encodeToString(secret);
	}

	public enum Outcome {

		ERASED, WRONG_PASSWORD, OBSTACLES

	}

}
