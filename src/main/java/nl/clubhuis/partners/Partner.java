package nl.clubhuis.partners;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.clubhuis.shared.Markdown;

/** An organisation or person around the network; the description is Markdown. */
@Entity
@Table(name = "partner")
public class Partner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private PartnerKind kind;

	private String name;

	private String description;

	private String url;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Partner() {
	}

	Partner(PartnerKind kind, String name, String description, String url, Instant now) {
		this.createdAt = now;
		change(kind, name, description, url, now);
	}

	void change(PartnerKind kind, String name, String description, String url, Instant now) {
		this.kind = kind;
		this.name = name;
		this.description = description;
		this.url = url;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public PartnerKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	/** The description as safe HTML. */
	public String getDescriptionHtml() {
		return Markdown.toHtml(this.description);
	}

	public String getUrl() {
		return this.url;
	}

	public long getVersion() {
		return this.version;
	}

}
