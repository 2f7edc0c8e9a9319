package nl.clubhuis.toolkit.domain;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.RuleViolationException;
import nl.clubhuis.toolkit.WerkvormUsages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which werkvormen a Doetank used in which phase: recorded by its team, shown on the
 * Doetank page, the werkvorm page and in the inspiratiewijzer.
 */
@Service
public class UsageRecorder implements WerkvormUsages {

	private final WerkvormUsageRepository usages;

	private final WerkvormRepository werkvormen;

	private final Doetanks doetanks;

	private final ToolkitAccess access;

	private final Clock clock;

	UsageRecorder(WerkvormUsageRepository usages, WerkvormRepository werkvormen, Doetanks doetanks,
			ToolkitAccess access, Clock clock) {
		this.usages = usages;
		this.werkvormen = werkvormen;
		this.doetanks = doetanks;
		this.access = access;
		this.clock = clock;
	}

	@Override
	@Transactional
	public boolean record(String doetankSlug, String werkvormSlug, Phase phase, String note, MemberPrincipal member) {
		Doetanks.Visible visible = this.doetanks.visible(doetankSlug, Viewer.of(member));
		DoetankRef doetank = visible.doetank();
		this.access.requireRecorder(doetank, visible.team(), Viewer.of(member));
		Werkvorm werkvorm = this.werkvormen.findBySlug(werkvormSlug)
			.orElseThrow(() -> new RuleViolationException("toolkit.usage.unknownWerkvorm"));
		if (!WerkvormUsage.mayBeRecordedFor(doetank.phase(), phase)) {
			throw new RuleViolationException("toolkit.usage.phaseNotReached");
		}
		Optional<WerkvormUsage> earlier = this.usages.findByDoetankIdAndWerkvormIdAndPhase(doetank.id(),
				werkvorm.getId(), phase);
		if (earlier.isPresent()) {
			earlier.get().changeNote(note, member.id(), this.clock.instant());
			return false;
		}
		this.usages.save(new WerkvormUsage(doetank.id(), werkvorm, phase, note, member.id(), this.clock.instant()));
		return true;
	}

	@Transactional
	public void remove(String doetankSlug, Long usageId, MemberPrincipal member) {
		Doetanks.Visible visible = this.doetanks.visible(doetankSlug, Viewer.of(member));
		this.access.requireRecorder(visible.doetank(), visible.team(), Viewer.of(member));
		WerkvormUsage usage = this.usages.findById(usageId)
			.filter((u) -> u.getDoetankId().equals(visible.doetank().id()))
			.orElseThrow(() -> new NotFoundException("usage " + usageId));
		this.usages.delete(usage);
	}

	/**
	 * The werkvormen a team recorded, for whoever may see the Doetank; with what the
	 * viewer needs to record one, if they may.
	 */
	@Transactional(readOnly = true)
	public TeamWerkvormen ofTeam(String doetankSlug, Viewer viewer) {
		Doetanks.Visible visible = this.doetanks.visible(doetankSlug, viewer);
		DoetankRef doetank = visible.doetank();
		boolean mayRecord = this.access.canRecordWerkvormen(doetank, visible.team(), viewer);
		return new TeamWerkvormen(doetank, of(doetank.id()), mayRecord,
				mayRecord ? this.werkvormen.findChoices() : List.of(), WerkvormUsage.recordablePhases(doetank.phase()));
	}

	/** What the team recorded, in route order and by name within a phase. */
	List<WerkvormUsage> of(Long doetankId) {
		return this.usages.findByDoetank(doetankId)
			.stream()
			.sorted(Comparator.comparing(WerkvormUsage::getPhase)
				.thenComparing((WerkvormUsage u) -> u.getWerkvorm().getName().toLowerCase(Locale.ROOT)))
			.toList();
	}

	/**
	 * A team's werkvormen page: what it recorded and, for its members, the form's
	 * choices.
	 */
	public record TeamWerkvormen(DoetankRef doetank, List<WerkvormUsage> usages, boolean mayRecord,
			List<WerkvormChoice> choices, List<Phase> reachedPhases) {
	}

}
