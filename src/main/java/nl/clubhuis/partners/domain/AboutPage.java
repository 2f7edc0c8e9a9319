package nl.clubhuis.partners.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The network's own story on /over, in Markdown: Dutch always, English when the redactie
 * wrote it. There is one.
 */
@Entity
@Table(name = "about_page")
public class AboutPage {

	static final short THE_ONE = 1;

	@Id
	private Short id;

	private String bodyNl;

	private String bodyEn;

	private Instant updatedAt;

	@Version
	private long version;

	protected AboutPage() {
	}

	/** The text in the reader's language; Dutch when there is no translation. */
	public String body(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.bodyEn != null) ? this.bodyEn : this.bodyNl;
	}

	/** The language {@link #body} is written in for this reader. */
	public String bodyLanguage(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.bodyEn != null) ? "en" : "nl";
	}

	void change(String bodyNl, String bodyEn, Instant now) {
		this.bodyNl = bodyNl.strip();
		this.bodyEn = (bodyEn == null || bodyEn.isBlank()) ? null : bodyEn.strip();
		this.updatedAt = now;
	}

	public String getBodyNl() {
		return this.bodyNl;
	}

	public String getBodyEn() {
		return this.bodyEn;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
