package nl.clubhuis.toolkit;

import java.util.Comparator;
import java.util.List;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.shared.NotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the toolkit: each method is a fixed, small number of queries. */
@Service
@Transactional(readOnly = true)
public class ToolkitCatalog {

	static final int PAGE_SIZE = 30;

	static final int USAGES_PER_PAGE = 12;

	static final int EXAMPLES = 6;

	private final WerkvormRepository werkvormen;

	private final WerkvormTemplateRepository templates;

	private final WerkvormUsageRepository usages;

	ToolkitCatalog(WerkvormRepository werkvormen, WerkvormTemplateRepository templates,
			WerkvormUsageRepository usages) {
		this.werkvormen = werkvormen;
		this.templates = templates;
		this.usages = usages;
	}

	/** All werkvormen by name, or those that fit one phase. */
	public Page<Werkvorm> list(Phase phase, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Page<Werkvorm> found = (phase != null) ? this.werkvormen.findFitting(phase, request)
				: this.werkvormen.findAllByName(request);
		found.forEach(Werkvorm::withTags);
		return found;
	}

	public Werkvorm show(String slug) {
		return this.werkvormen.findBySlug(slug)
			.map(Werkvorm::withTags)
			.orElseThrow(() -> new NotFoundException("werkvorm " + slug));
	}

	public List<TemplateFile> templates(Werkvorm werkvorm) {
		return this.templates.findFiles(werkvorm.getId());
	}

	/** The public Doetanks that used it, most recently recorded first. */
	public Page<WerkvormUsage> usages(Werkvorm werkvorm, int page) {
		return this.usages.findByWerkvorm(werkvorm.getId(), DoetankStatus.PUBLIC,
				PageRequest.of(Math.max(page, 0), USAGES_PER_PAGE));
	}

	/** Werkvormen for a phase, by name: for the gate review form. */
	public List<Werkvorm> fitting(Phase phase) {
		return this.werkvormen.findAllFitting(phase);
	}

	/**
	 * What the inspiratiewijzer suggests: the werkvormen tagged with the question, those
	 * that also fit the phase first.
	 */
	public Suggestions suggest(Phase phase, Question question) {
		List<Werkvorm> answering = this.werkvormen.findAnswering(question);
		answering.forEach(Werkvorm::withTags);
		List<Werkvorm> forPhase = answering.stream().filter((w) -> w.fits(phase)).toList();
		List<Werkvorm> otherPhases = answering.stream()
			.filter((w) -> !w.fits(phase))
			.sorted(Comparator.comparing((Werkvorm w) -> distance(w, phase)))
			.toList();
		List<WerkvormUsage> examples = forPhase.isEmpty() ? List.of() : this.usages.findInPhase(phase,
				forPhase.stream().map(Werkvorm::getId).toList(), DoetankStatus.PUBLIC, Limit.of(EXAMPLES));
		return new Suggestions(phase, question, forPhase, otherPhases, examples);
	}

	/** How far the werkvorm's nearest phase is from this one. */
	private static int distance(Werkvorm werkvorm, Phase phase) {
		return werkvorm.getPhases()
			.stream()
			.mapToInt((p) -> Math.abs(p.ordinal() - phase.ordinal()))
			.min()
			.orElse(Phase.count());
	}

	/** Werkvormen that fit, those for the same question in other phases, and examples. */
	public record Suggestions(Phase phase, Question question, List<Werkvorm> forPhase, List<Werkvorm> otherPhases,
			List<WerkvormUsage> examples) {
	}

}
