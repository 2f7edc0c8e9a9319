package nl.clubhuis.route.web;

import nl.clubhuis.doetank.CoachPageSection;
import nl.clubhuis.route.domain.StallList;

import org.springframework.stereotype.Component;

/**
 * "Doetanks die stilvallen" on /coach ({@link StallList}), a page at a time
 * ({@code ?stil=}).
 */
@Component
class StallingSection implements CoachPageSection {

	static final String PAGE_PARAMETER = "stil";

	private final StallList stallList;

	StallingSection(StallList stallList) {
		this.stallList = stallList;
	}

	@Override
	public int order() {
		return STALLING;
	}

	@Override
	public String fragment() {
		return "route/coach :: stalling";
	}

	@Override
	public Object content(Request request) {
		return request.page(PAGE_PARAMETER).fetch((page) -> this.stallList.page(request.coach(), page));
	}

}
