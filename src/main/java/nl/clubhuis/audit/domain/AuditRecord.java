package nl.clubhuis.audit.domain;

import nl.clubhuis.audit.AuditEntry;
import nl.clubhuis.audit.AuditFact;
import nl.clubhuis.audit.AuditKind;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One line of the logboek; never changed once written (the database refuses it too). */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant recordedAt;

	@Enumerated(EnumType.STRING)
	private AuditKind kind;

	private Long actorId;

	private Long memberId;

	private Long doetankId;

	private String detail;

	protected AuditRecord() {
	}

	public AuditRecord(AuditFact fact, Instant recordedAt) {
		this.recordedAt = recordedAt;
		this.kind = fact.kind();
		this.actorId = fact.actorId();
		this.memberId = fact.memberId();
		this.doetankId = fact.doetankId();
		this.detail = fact.detail();
	}

	public AuditEntry entry() {
		return new AuditEntry(this.id, this.recordedAt, this.kind, this.actorId, this.memberId, this.doetankId,
				this.detail);
	}

}
