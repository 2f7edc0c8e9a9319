package nl.clubhuis.site;

import java.util.List;

import nl.clubhuis.member.MyPageSection;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.member.WaitingForMe;
import nl.clubhuis.member.WaitingItem;

import org.springframework.stereotype.Component;

/**
 * "Wacht op mij" on /mijn: what every module says waits for the member, longest waiting
 * first.
 */
@Component
class WaitingSection implements MyPageSection {

	private final List<WaitingForMe> sources;

	WaitingSection(List<WaitingForMe> sources) {
		this.sources = sources;
	}

	@Override
	public int order() {
		return WAITING_FOR_ME;
	}

	@Override
	public String fragment() {
		return "site/mijn :: waiting";
	}

	@Override
	public Object content(Viewer viewer) {
		return this.sources.stream()
			.flatMap((source) -> source.waitingFor(viewer).stream())
			.sorted(WaitingItem.LONGEST_WAITING_FIRST)
			.toList();
	}

}
