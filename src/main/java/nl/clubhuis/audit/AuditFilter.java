package nl.clubhuis.audit;

/**
 * Which entries of the logboek to show: of one kind and/or with one person (who did it or
 * whom it is about); null means any.
 */
public record AuditFilter(AuditKind kind, Long personId) {

	public static AuditFilter none() {
		return new AuditFilter(null, null);
	}

	public boolean isEmpty() {
		return this.kind == null && this.personId == null;
	}

}
