package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.Theme;

import java.util.ArrayList;
import java.util.List;

import nl.clubhuis.shared.Texts;

import org.springframework.data.jpa.domain.Specification;

/**
 * What a visitor chose on /doetanks; every part is optional ({@code overgenomen}: only
 * Doetanks whose result other organisations took up; {@code tekst}: words to search for).
 * Only public Doetanks are ever listed.
 */
public record DoetankFilter(Phase fase, DoetankStatus status, Theme thema, boolean overgenomen, String tekst) {

	/** Words longer than this are cut off: a search box, not a document. */
	public static final int MAX_TEXT = 200;

	public DoetankFilter {
		tekst = Texts.stripToNull((tekst != null) ? tekst.replaceAll("\\p{Cntrl}", " ") : null);
		if (tekst != null && tekst.length() > MAX_TEXT) {
			tekst = tekst.substring(0, MAX_TEXT);
		}
	}

	public DoetankFilter(Phase fase, DoetankStatus status, Theme thema, boolean overgenomen) {
		this(fase, status, thema, overgenomen, null);
	}

	public DoetankFilter(Phase fase, DoetankStatus status, Theme thema) {
		this(fase, status, thema, false);
	}

	public static DoetankFilter none() {
		return new DoetankFilter(null, null, null);
	}

	Specification<Doetank> toSpecification() {
		return (root, query, cb) -> {
			List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
			if (this.status != null && this.status.isPublic()) {
				where.add(cb.equal(root.get("status"), this.status));
				if (this.status == DoetankStatus.ACTIEF) {
					// A historical Doetank (its record ends) is not active today.
					where.add(cb.isNull(root.get("recordEndsOn")));
				}
			}
			else {
				where.add(root.get("status").in(DoetankStatus.PUBLIC));
			}
			if (this.fase != null) {
				where.add(cb.equal(root.get("phase"), this.fase));
			}
			if (this.thema != null) {
				where.add(cb.equal(root.get("theme"), this.thema));
			}
			if (this.overgenomen) {
				where.add(cb.greaterThan(root.get("adopterCount"), 0));
			}
			if (this.tekst != null) {
				where.add(matches(root, cb, this.tekst));
			}
			return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}

	/**
	 * Stopped Doetanks, optionally in one phase and containing some words in title,
	 * reason or lessons.
	 */
	static Specification<Doetank> stopped(Phase phase, String words) {
		return (root, query, cb) -> {
			List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("status"), DoetankStatus.GESTOPT));
			if (phase != null) {
				where.add(cb.equal(root.get("phase"), phase));
			}
			if (words != null) {
				where.add(matches(root, cb, words));
			}
			return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}

	/**
	 * Dutch full-text search over the Doetank's texts and lessons, the same as /zoeken
	 * ({@code doetank_matches} and {@code dutch_query} in V58).
	 */
	private static jakarta.persistence.criteria.Predicate matches(jakarta.persistence.criteria.Root<Doetank> root,
			jakarta.persistence.criteria.CriteriaBuilder cb, String words) {
		return cb.isTrue(cb.function("doetank_matches", Boolean.class, root.get("id"), cb.literal(words)));
	}

	public boolean isEmpty() {
		return this.fase == null && this.status == null && this.thema == null && !this.overgenomen
				&& this.tekst == null;
	}

}
