package nl.clubhuis.documents.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.documents.DocumentKind;
import nl.clubhuis.documents.NewDocument;
import nl.clubhuis.documents.Visibility;

/** The upload form; its token makes a second send of the same form add nothing. */
public class DocumentForm {

	@NotBlank
	@Size(max = 120)
	private String title;

	@NotNull
	private DocumentKind kind;

	@NotNull
	private Phase phase;

	@NotNull
	/** For the team until someone chooses otherwise: a file may hold personal data. */
	private Visibility visibility = Visibility.TEAM;

	private UUID token = UUID.randomUUID();

	NewDocument content() {
		return new NewDocument(this.title.strip(), this.kind, this.phase, this.visibility);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public DocumentKind getKind() {
		return this.kind;
	}

	public void setKind(DocumentKind kind) {
		this.kind = kind;
	}

	public Phase getPhase() {
		return this.phase;
	}

	public void setPhase(Phase phase) {
		this.phase = phase;
	}

	public Visibility getVisibility() {
		return this.visibility;
	}

	public void setVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

	public UUID getToken() {
		return this.token;
	}

	public void setToken(UUID token) {
		this.token = (token != null) ? token : UUID.randomUUID();
	}

}
