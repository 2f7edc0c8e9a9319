package nl.clubhuis.toolkit;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import nl.clubhuis.doetank.Doetank;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankAccess;
import nl.clubhuis.doetank.DoetankCatalog;
import nl.clubhuis.doetank.DoetankToolkit;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which werkvormen a Doetank used in which phase: recorded by its team, shown on the
 * Doetank page, the werkvorm page and in the inspiratiewijzer.
 */
@Service
public class WerkvormUsages implements DoetankToolkit {

	private final WerkvormUsageRepository usages;

	private final WerkvormRepository werkvormen;

	private final DoetankCatalog doetanks;

	private final DoetankAccess access;

	private final Clock clock;

	WerkvormUsages(WerkvormUsageRepository usages, WerkvormRepository werkvormen, DoetankCatalog doetanks,
			DoetankAccess access, Clock clock) {
		this.usages = usages;
		this.werkvormen = werkvormen;
		this.doetanks = doetanks;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Records that the team used a werkvorm in a phase it has reached; recording the same
	 * werkvorm and phase again replaces the note. True when it was not recorded before.
	 */
	@Transactional
	public boolean record(String doetankSlug, String werkvormSlug, Phase phase, String note, MemberPrincipal member) {
		Doetank doetank = this.doetanks.show(doetankSlug, member);
		if (!this.access.canRecordWerkvormen(doetank, member)) {
			throw new AccessDeniedException("only the team records its werkvormen");
		}
		Werkvorm werkvorm = this.werkvormen.findBySlug(werkvormSlug)
			.orElseThrow(() -> new RuleViolationException("toolkit.usage.unknownWerkvorm"));
		if (doetank.getPhase() == null || doetank.getPhase().isBefore(phase)) {
			throw new RuleViolationException("toolkit.usage.phaseNotReached");
		}
		java.util.Optional<WerkvormUsage> earlier = this.usages.findByDoetankIdAndWerkvormIdAndPhase(doetank.getId(),
				werkvorm.getId(), phase);
		if (earlier.isPresent()) {
			earlier.get().changeNote(note, member.id(), this.clock.instant());
			return false;
		}
		this.usages.save(new WerkvormUsage(doetank, werkvorm, phase, note, member.id(), this.clock.instant()));
		return true;
	}

	@Transactional
	void remove(String doetankSlug, Long usageId, MemberPrincipal member) {
		Doetank doetank = this.doetanks.show(doetankSlug, member);
		if (!this.access.canRecordWerkvormen(doetank, member)) {
			throw new AccessDeniedException("only the team records its werkvormen");
		}
		WerkvormUsage usage = this.usages.findById(usageId)
			.filter((u) -> u.getDoetank().getId().equals(doetank.getId()))
			.orElseThrow(() -> new NotFoundException("usage " + usageId));
		this.usages.delete(usage);
	}

	@Transactional(readOnly = true)
	List<WerkvormRepository.Choice> choices() {
		return this.werkvormen.findChoices();
	}

	/** What the team recorded, with ids, in route order and by name within a phase. */
	@Transactional(readOnly = true)
	List<WerkvormUsage> of(Doetank doetank) {
		return of(doetank.getId());
	}

	List<WerkvormUsage> of(Long doetankId) {
		return this.usages.findByDoetank(doetankId)
			.stream()
			.sorted(Comparator.comparing(WerkvormUsage::getPhase)
				.thenComparing((WerkvormUsage u) -> u.getWerkvorm().getName().toLowerCase(java.util.Locale.ROOT)))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UsedWerkvorm> usedBy(DoetankRef doetank) {
		return of(doetank.id()).stream()
			.map((u) -> new UsedWerkvorm(u.getWerkvorm().getName(), u.getWerkvorm().getPath(), u.getPhase(),
					u.getNote()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WerkvormLink> fitting(Phase phase) {
		if (phase == null) {
			return List.of();
		}
		return this.werkvormen.findAllFitting(phase)
			.stream()
			.map((w) -> new WerkvormLink(w.getName(), w.getPath(), w.getSummary()))
			.toList();
	}

}
