package nl.clubhuis.doetank.web;

import nl.clubhuis.doetank.CoachPageSection;
import nl.clubhuis.doetank.domain.DoetankCatalog;
import nl.clubhuis.shared.PageNumber;

import org.springframework.stereotype.Component;

/**
 * "Intake van nieuwe vraagstukken" on /coach: the proposals waiting for a coach, oldest
 * first, a page at a time ({@code ?pagina=}).
 */
@Component
class IntakeSection implements CoachPageSection {

	private final DoetankCatalog catalog;

	IntakeSection(DoetankCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public int order() {
		return INTAKE;
	}

	@Override
	public String fragment() {
		return "doetank/coach :: intake";
	}

	@Override
	public Object content(Request request) {
		return request.page(PageNumber.PARAMETER).fetch(this.catalog::proposalsAwaitingIntake);
	}

}
