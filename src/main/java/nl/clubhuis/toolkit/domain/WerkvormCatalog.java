package nl.clubhuis.toolkit.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.toolkit.Question;
import nl.clubhuis.toolkit.Suggestions;
import nl.clubhuis.toolkit.TemplateFile;
import nl.clubhuis.toolkit.ToolkitCatalog;
import nl.clubhuis.toolkit.UsageExample;
import nl.clubhuis.toolkit.WerkvormCard;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the toolkit: each method is a fixed, small number of queries. */
@Service
@Transactional(readOnly = true)
public class WerkvormCatalog implements ToolkitCatalog {

	static final int PAGE_SIZE = 30;

	static final int USAGES_PER_PAGE = 12;

	static final int EXAMPLES = 6;

	private final WerkvormRepository werkvormen;

	private final WerkvormTemplateRepository templates;

	private final WerkvormUsageRepository usages;

	private final Doetanks doetanks;

	WerkvormCatalog(WerkvormRepository werkvormen, WerkvormTemplateRepository templates, WerkvormUsageRepository usages,
			Doetanks doetanks) {
		this.werkvormen = werkvormen;
		this.templates = templates;
		this.usages = usages;
		this.doetanks = doetanks;
	}

	/** All werkvormen by name, or those that fit one phase. */
	public Page<WerkvormCard> list(Phase phase, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Page<Werkvorm> found = (phase != null) ? this.werkvormen.findFitting(phase, request)
				: this.werkvormen.findAllByName(request);
		return found.map((w) -> w.withTags().card());
	}

	public Werkvorm show(String slug) {
		return this.werkvormen.findBySlug(slug)
			.map(Werkvorm::withTags)
			.orElseThrow(() -> new NotFoundException("werkvorm " + slug));
	}

	@Override
	public List<TemplateFile> templates(String werkvormSlug) {
		return this.templates.findFiles(werkvormSlug);
	}

	/** The file, if it belongs to this werkvorm. */
	public WerkvormTemplate template(String werkvormSlug, Long id) {
		return this.templates.findWithWerkvorm(id)
			.filter((t) -> t.getWerkvorm().getSlug().equals(werkvormSlug))
			.orElseThrow(() -> new NotFoundException("template " + id));
	}

	@Override
	public Page<UsageExample> usages(String werkvormSlug, int page) {
		return usages(this.werkvormen.findBySlug(werkvormSlug)
			.orElseThrow(() -> new NotFoundException("werkvorm " + werkvormSlug)), page);
	}

	public Page<UsageExample> usages(Werkvorm werkvorm, int page) {
		Page<WerkvormUsage> found = this.usages.findPublicByWerkvorm(werkvorm.getId(),
				PageRequest.of(Math.max(page, 0), USAGES_PER_PAGE));
		List<UsageExample> examples = examples(found.getContent(), Map.of(werkvorm.getId(), werkvorm));
		return new PageImpl<>(examples, found.getPageable(), found.getTotalElements());
	}

	@Override
	public Suggestions suggest(Phase phase, Question question) {
		List<Werkvorm> answering = this.werkvormen.findAnswering(question);
		answering.forEach(Werkvorm::withTags);
		List<Werkvorm> forPhase = answering.stream().filter((w) -> w.fits(phase)).toList();
		List<Werkvorm> otherPhases = answering.stream()
			.filter((w) -> !w.fits(phase))
			.sorted(Comparator.comparing((Werkvorm w) -> distance(w, phase)))
			.toList();
		List<UsageExample> examples = List.of();
		if (!forPhase.isEmpty()) {
			Map<Long, Werkvorm> byId = forPhase.stream()
				.collect(Collectors.toMap(Werkvorm::getId, Function.identity()));
			examples = examples(this.usages.findPublicInPhase(phase.name(), byId.keySet(), EXAMPLES), byId);
		}
		return new Suggestions(phase, question, forPhase.stream().map(Werkvorm::card).toList(),
				otherPhases.stream().map(Werkvorm::card).toList(), examples);
	}

	/**
	 * The werkvormen this member recorded for public Doetanks, most recent first: for
	 * their profile. Two queries.
	 */
	public List<UsageExample> recordedBy(Long memberId, int howMany) {
		List<WerkvormUsageRepository.RecordedRow> rows = this.usages.findPublicRecordedBy(memberId, howMany);
		Map<Long, DoetankRef> doetanks = this.doetanks
			.byIds(rows.stream().map(WerkvormUsageRepository.RecordedRow::getDoetankId).toList());
		return rows.stream()
			.filter((row) -> doetanks.containsKey(row.getDoetankId()))
			.map((row) -> new UsageExample(row.getId(), doetanks.get(row.getDoetankId()), row.getWerkvormName(),
					"/toolkit/" + row.getWerkvormSlug(), Phase.valueOf(row.getPhase()), row.getNote()))
			.toList();
	}

	/** Werkvormen for a phase, by name: for the gate review form. */
	List<Werkvorm> fitting(Phase phase) {
		return this.werkvormen.findAllFitting(phase);
	}

	/** The usages with their Doetanks, looked up in one query. */
	private List<UsageExample> examples(List<WerkvormUsage> found, Map<Long, Werkvorm> werkvormen) {
		Map<Long, DoetankRef> doetanks = this.doetanks.byIds(found.stream().map(WerkvormUsage::getDoetankId).toList());
		return found.stream().filter((u) -> doetanks.containsKey(u.getDoetankId())).map((u) -> {
			Werkvorm werkvorm = werkvormen.get(u.getWerkvorm().getId());
			return new UsageExample(u.getId(), doetanks.get(u.getDoetankId()), werkvorm.getName(), werkvorm.getPath(),
					u.getPhase(), u.getNote());
		}).toList();
	}

	/** How far the werkvorm's nearest phase is from this one. */
	private static int distance(Werkvorm werkvorm, Phase phase) {
		return werkvorm.getPhases()
			.stream()
			.mapToInt((p) -> Math.abs(p.ordinal() - phase.ordinal()))
			.min()
			.orElse(Phase.count());
	}

}
