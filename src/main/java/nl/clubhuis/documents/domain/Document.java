package nl.clubhuis.documents.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.documents.DocumentKind;
import nl.clubhuis.documents.NewDocument;
import nl.clubhuis.documents.Visibility;

/** A document of a Doetank; its files are its versions ({@link DocumentVersion}). */
@Entity
@Table(name = "document")
public class Document {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long doetankId;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	@Enumerated(EnumType.STRING)
	private Phase phase;

	private String title;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	private Instant createdAt;

	protected Document() {
	}

	Document(Long doetankId, NewDocument about, Instant now) {
		this.doetankId = doetankId;
		this.kind = about.kind();
		this.phase = about.phase();
		this.title = about.title();
		this.visibility = about.visibility();
		this.createdAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getDoetankId() {
		return this.doetankId;
	}

	public DocumentKind getKind() {
		return this.kind;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public String getTitle() {
		return this.title;
	}

	public Visibility getVisibility() {
		return this.visibility;
	}

	void show(Visibility visibility) {
		this.visibility = visibility;
	}

}
