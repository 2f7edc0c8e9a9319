package nl.clubhuis.audit;

/**
 * A fact to write in the logboek. {@code actorId} is who did it (null for the portal
 * itself, for example the first beheerder at start), {@code memberId} whom it is about,
 * {@code doetankId} the Doetank it happened in; {@code detail} is a role or an action
 * code (letters, digits and underscores), never a name or an address, so erasing a member
 * leaves nothing of them here.
 */
public record AuditFact(AuditKind kind, Long actorId, Long memberId, Long doetankId, String detail) {

	public AuditFact {
		if (kind == null) {
			throw new IllegalArgumentException("a fact has a kind");
		}
		if (detail != null && !detail.matches("[A-Z0-9_]{1,60}")) {
			throw new IllegalArgumentException("a detail is a code, not free text: " + detail);
		}
	}

	public static AuditFact roleGranted(Long actorId, Long memberId, String role) {
		return new AuditFact(AuditKind.ROLE_GRANTED, actorId, memberId, null, role);
	}

	public static AuditFact roleRevoked(Long actorId, Long memberId, String role) {
		return new AuditFact(AuditKind.ROLE_REVOKED, actorId, memberId, null, role);
	}

	/** An account blocked; the detail is why (a code such as {@code SPAM}). */
	public static AuditFact blocked(Long actorId, Long memberId, String reason) {
		return new AuditFact(AuditKind.BLOCKED, actorId, memberId, null, reason);
	}

	public static AuditFact unblocked(Long actorId, Long memberId) {
		return new AuditFact(AuditKind.UNBLOCKED, actorId, memberId, null, null);
	}

	/**
	 * A member's account erased; {@code actorId} is the member themselves or the
	 * beheerder who did it.
	 */
	public static AuditFact erased(Long actorId, Long memberId) {
		return new AuditFact(AuditKind.ERASED, actorId, memberId, null, null);
	}

	/** A beheerder sent a member's confirmation link to a new address. */
	public static AuditFact emailChangeSent(Long beheerderId, Long memberId) {
		return new AuditFact(AuditKind.EMAIL_CHANGE_SENT, beheerderId, memberId, null, null);
	}

	/**
	 * A beheerder did {@code action} (for example {@code REQUEST_APPROVED}) in a Doetank
	 * that is not theirs.
	 */
	public static AuditFact steppedIn(Long beheerderId, Long doetankId, String action) {
		return new AuditFact(AuditKind.STEPPED_IN, beheerderId, null, doetankId, action);
	}

}
