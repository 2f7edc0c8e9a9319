package nl.clubhuis.toolkit.domain;

import java.util.List;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankToolkit;
import nl.clubhuis.doetank.Phase;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The werkvormen the Doetank page and the gate review form show. */
@Component
@Transactional(readOnly = true)
class WerkvormenOnDoetankPages implements DoetankToolkit {

	private final UsageRecorder usages;

	private final WerkvormCatalog catalog;

	WerkvormenOnDoetankPages(UsageRecorder usages, WerkvormCatalog catalog) {
		this.usages = usages;
		this.catalog = catalog;
	}

	@Override
	public List<UsedWerkvorm> usedBy(DoetankRef doetank) {
		return this.usages.of(doetank.id())
			.stream()
			.map((u) -> new UsedWerkvorm(u.getWerkvorm().getName(), u.getWerkvorm().getPath(), u.getPhase(),
					u.getNote()))
			.toList();
	}

	@Override
	public List<WerkvormLink> fitting(Phase phase) {
		if (phase == null) {
			return List.of();
		}
		return this.catalog.fitting(phase)
			.stream()
			.map((w) -> new WerkvormLink(w.getName(), w.getPath(), w.getSummary()))
			.toList();
	}

}
