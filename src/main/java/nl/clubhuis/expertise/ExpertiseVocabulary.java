package nl.clubhuis.expertise;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.clubhuis.expertise.domain.ExpertiseTerm;
import nl.clubhuis.expertise.domain.ExpertiseTermRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expertise vocabulary for other modules, which keep only term ids: one query for the
 * whole list or for any number of ids.
 */
@Service
@Transactional(readOnly = true)
public class ExpertiseVocabulary {

	private final ExpertiseTermRepository terms;

	ExpertiseVocabulary(ExpertiseTermRepository terms) {
		this.terms = terms;
	}

	/** The terms a member or a team can choose from, by Dutch name. */
	public List<Expertise> offered() {
		return this.terms.findByRetiredFalseOrderByNameNl().stream().map(ExpertiseTerm::view).toList();
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

	/** These terms sorted by Dutch name, for showing on a page. */
	public List<Expertise> sorted(Collection<Long> ids) {
		return byIds(ids).values()
			.stream()
			.sorted(java.util.Comparator.comparing(Expertise::nameNl, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

}
