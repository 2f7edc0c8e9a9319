package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.Doetanks;
import nl.clubhuis.member.MyPageSection;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Component;

/** "Mijn Doetanks" on /mijn: the Doetanks the member is in now, and their roles. */
@Component
class MyDoetanksSection implements MyPageSection {

	private final Doetanks doetanks;

	MyDoetanksSection(Doetanks doetanks) {
		this.doetanks = doetanks;
	}

	@Override
	public int order() {
		return MY_DOETANKS;
	}

	@Override
	public String fragment() {
		return "doetank/mijn :: doetanks";
	}

	@Override
	public Object content(Viewer viewer) {
		return MyDoetank.of(this.doetanks.of(viewer.member().id()));
	}

}
