package nl.clubhuis.expertise.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.shared.Slugs;

/** A term of the expertise vocabulary, kept by the redactie. */
@Entity
@Table(name = "expertise")
public class ExpertiseTerm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String nameNl;

	private String nameEn;

	private boolean retired;

	protected ExpertiseTerm() {
	}

	public ExpertiseTerm(String nameNl, String nameEn) {
		this.slug = Slugs.of(nameNl);
		rename(nameNl, nameEn);
	}

	/** Another address, when the one from the name is taken. */
	public void moveTo(String slug) {
		this.slug = slug;
	}

	/** A new wording; the address stays, so links and filters keep working. */
	public void rename(String nameNl, String nameEn) {
		this.nameNl = nameNl.strip();
		this.nameEn = nameEn.strip();
	}

	/** No longer offered; members and Doetanks that chose it keep it. */
	public void retire(boolean retired) {
		this.retired = retired;
	}

	public Expertise view() {
		return new Expertise(this.id, this.slug, this.nameNl, this.nameEn, this.retired);
	}

	public Long getId() {
		return this.id;
	}

}
