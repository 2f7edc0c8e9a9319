package nl.clubhuis.agenda.web;

import nl.clubhuis.agenda.domain.EventPages;
import nl.clubhuis.member.MyPageSection;
import nl.clubhuis.member.Viewer;

import org.springframework.stereotype.Component;

/**
 * "Mijn aanmeldingen" on /mijn: the next meetings the member is registered or waiting
 * for, with a link to their whole agenda.
 */
@Component
class MyRegistrationsSection implements MyPageSection {

	static final int HOW_MANY = 4;

	private final EventPages pages;

	MyRegistrationsSection(EventPages pages) {
		this.pages = pages;
	}

	@Override
	public int order() {
		return MY_REGISTRATIONS;
	}

	@Override
	public String fragment() {
		return "agenda/mijn :: registrations";
	}

	@Override
	public Object content(Viewer viewer) {
		return this.pages.next(viewer.member(), HOW_MANY);
	}

}
