package nl.clubhuis.partners.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.clubhuis.partners.PartnerDetails;
import nl.clubhuis.partners.PartnerEntry;
import nl.clubhuis.partners.PartnerKind;
import nl.clubhuis.shared.RuleViolationException;

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

	Partner(PartnerDetails details, Instant now) {
		this.createdAt = now;
		change(details, now);
	}

	void change(PartnerDetails details, Instant now) {
		if (details.url() != null && !PartnerLink.isWebAddress(details.url())) {
			throw new RuleViolationException("partner.url.invalid");
		}
		this.kind = details.kind();
		this.name = details.name();
		this.description = details.description();
		this.url = details.url();
		this.updatedAt = now;
	}

	PartnerEntry entry() {
		return new PartnerEntry(this.id, this.kind, this.name, this.description, this.url);
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

	public String getUrl() {
		return this.url;
	}

	public long getVersion() {
		return this.version;
	}

}
