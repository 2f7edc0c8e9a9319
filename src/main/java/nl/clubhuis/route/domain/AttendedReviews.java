package nl.clubhuis.route.domain;

import java.util.Map;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Doetanks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Overleggen waar je bij was": the gatekeepers-overleggen a coach attended or recorded,
 * newest first, a page at a time; three statements (the page, its count, the Doetanks).
 */
@Service
public class AttendedReviews {

	static final int PAGE_SIZE = 10;

	private final GateReviewRepository reviews;

	private final Doetanks doetanks;

	AttendedReviews(GateReviewRepository reviews, Doetanks doetanks) {
		this.reviews = reviews;
		this.doetanks = doetanks;
	}

	/** A page (0-based) of the overleggen this member was at. */
	@Transactional(readOnly = true)
	public Page<AttendedReview> of(Long memberId, int page) {
		Page<AttendedReview> found = this.reviews.findAttendedBy(memberId,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		Map<Long, DoetankRef> doetanks = this.doetanks.byIds(found.map(AttendedReview::doetankId).getContent());
		return found.map((review) -> review.of(doetanks.get(review.doetankId())));
	}

}
