package nl.clubhuis.expertise;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.clubhuis.expertise.domain.ExpertiseTerm;
import nl.clubhuis.expertise.domain.ExpertiseTermRepository;
import nl.clubhuis.shared.SharedContent;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expertise vocabulary for other modules, which keep only term ids: one query for the
 * whole list or for any number of ids.
 */
@Service
@Transactional(readOnly = true)
public class ExpertiseVocabulary {

	private final ExpertiseTermRepository terms;

	private final SharedContent shared;

	ExpertiseVocabulary(ExpertiseTermRepository terms, SharedContent shared) {
		this.terms = terms;
		this.shared = shared;
	}

	/**
	 * The terms a member or a team can choose from, by Dutch name; read once until the
	 * content changes (every filter on /vragen and the directory shows them).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Expertise> offered() {
		return this.shared.get("expertise.offered",
				() -> this.terms.findByRetiredFalseOrderByNameNl().stream().map(ExpertiseTerm::view).toList());
	}

	/** These terms, retired ones included; ids that match nothing are left out. */
	public Map<Long, Expertise> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.terms.findAllById(ids.stream().distinct().toList())
			.stream()
			.map(ExpertiseTerm::view)
			.collect(Collectors.toMap(Expertise::id, Function.identity()));
	}

	/** Every term, retired ones too, by Dutch name: for the redactie. */
	public List<Expertise> all() {
		return this.terms.findAllByOrderByNameNl().stream().map(ExpertiseTerm::view).toList();
	}

	/**
	 * Which of these names another term already has (in any case): names must be unique
	 * in each language. {@code id} is the term being renamed, null for a new one.
	 */
	public NameClash clash(Long id, String nameNl, String nameEn) {
		List<Expertise> others = all().stream().filter((term) -> !term.id().equals(id)).toList();
		return new NameClash(others.stream().anyMatch((term) -> term.nameNl().equalsIgnoreCase(strip(nameNl))),
				others.stream().anyMatch((term) -> term.nameEn().equalsIgnoreCase(strip(nameEn))));
	}

	/** Whether a Dutch or an English name is taken. */
	public record NameClash(boolean dutch, boolean english) {

		public boolean any() {
			return this.dutch || this.english;
		}

	}

	/**
	 * A new term, offered at once; its address comes from the Dutch name. The caller
	 * checks {@link #clash} first; the database refuses a Dutch name twice all the same.
	 */
	@Transactional
	public Expertise add(String nameNl, String nameEn) {
		ExpertiseTerm term = new ExpertiseTerm(nameNl, nameEn);
		term.moveTo(nl.clubhuis.shared.Slugs.unique(nameNl, this.terms::existsBySlug));
		return this.terms.saveAndFlush(term).view();
	}

	/** New wording for a term; its address and who chose it stay. */
	@Transactional
	public void rename(Long id, String nameNl, String nameEn) {
		term(id).rename(nameNl, nameEn);
		this.terms.flush();
	}

	/**
	 * Retires a term (no longer offered; members and Doetanks that chose it keep it) or
	 * brings it back.
	 */
	@Transactional
	public void retire(Long id, boolean retired) {
		term(id).retire(retired);
	}

	/** One term, retired or not. */
	public Expertise find(Long id) {
		return term(id).view();
	}

	private ExpertiseTerm term(Long id) {
		return this.terms.findById(id).orElseThrow(() -> new nl.clubhuis.shared.NotFoundException("expertise " + id));
	}

	private static String strip(String name) {
		return (name != null) ? name.strip() : "";
	}

	/** These terms sorted by Dutch name, for showing on a page. */
	public List<Expertise> sorted(Collection<Long> ids) {
		return byIds(ids).values()
			.stream()
			.sorted(java.util.Comparator.comparing(Expertise::nameNl, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

}
