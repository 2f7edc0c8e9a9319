package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.Theme;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;

/**
 * What a visitor chose on /doetanks; every part is optional ({@code overgenomen}: only
 * Doetanks whose result other organisations took up). Only public Doetanks are ever
 * listed.
 */
public record DoetankFilter(Phase fase, DoetankStatus status, Theme thema, boolean overgenomen) {

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
				String pattern = "%" + words.toLowerCase(java.util.Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
						cb.like(cb.lower(root.get("stopReason")), pattern, '\\'),
						cb.like(cb.lower(root.get("lessons")), pattern, '\\'),
						cb.like(cb.lower(root.get("vraagstuk")), pattern, '\\')));
			}
			return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}

	public boolean isEmpty() {
		return this.fase == null && this.status == null && this.thema == null && !this.overgenomen;
	}

}
