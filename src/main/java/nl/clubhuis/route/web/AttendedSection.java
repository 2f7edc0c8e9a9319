package nl.clubhuis.route.web;

import nl.clubhuis.doetank.CoachPageSection;
import nl.clubhuis.route.domain.AttendedReviews;

import org.springframework.stereotype.Component;

/**
 * "Overleggen waar je bij was" on /coach ({@link AttendedReviews}), a page at a time
 * ({@code ?overleggen=}).
 */
@Component
class AttendedSection implements CoachPageSection {

	static final String PAGE_PARAMETER = "overleggen";

	private final AttendedReviews reviews;

	AttendedSection(AttendedReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public int order() {
		return ATTENDED;
	}

	@Override
	public String fragment() {
		return "route/coach :: attended";
	}

	@Override
	public Object content(Request request) {
		Long me = request.coach().member().id();
		return request.page(PAGE_PARAMETER).fetch((page) -> this.reviews.of(me, page));
	}

}
