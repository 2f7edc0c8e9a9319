package nl.clubhuis.doetank.domain;

import java.time.ZonedDateTime;
import java.util.List;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.IntakeGap;
import nl.clubhuis.doetank.IntakeJudgement;
import nl.clubhuis.shared.AmsterdamTime;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member's start page (/mijn) reads of the Doetanks: their own requests and
 * proposals, the requests they decide on as trekker, the proposals that wait for a
 * network coach. One query each.
 */
@Service
@Transactional(readOnly = true)
public class MemberDoetankViews {

	/** More than a member ever has open at once; older declined ones drop off. */
	static final int MAX_REQUESTS = 20;

	private final DoetankRepository doetanks;

	MemberDoetankViews(DoetankRepository doetanks) {
		this.doetanks = doetanks;
	}

	/** This member's own join requests and proposals, and how they stand. */
	public MyRequests requestsOf(Long memberId) {
		return MyRequests.of(this.doetanks.findRequestsAndProposalsOf(memberId, Limit.of(MAX_REQUESTS))
			.stream()
			.map((row) -> new MyRequests.Line(row.getSlug(), row.getTitle(), row.getDoetankStatus(),
					row.getDeclineReason(), row.getRole(), row.getState(), row.getDecisionNote(), row.getRequestedAt(),
					row.getDecidedAt(), declineGaps(row)))
			.toList());
	}

	/**
	 * Per Doetank this member is trekker of, the join requests that wait for a decision.
	 */
	public List<Waiting> requestsToDecide(Long memberId) {
		return this.doetanks.findRequestsToDecide(memberId)
			.stream()
			.map((row) -> new Waiting(row.getSlug(), row.getTitle(), row.getCount(), AmsterdamTime.of(row.getSince())))
			.toList();
	}

	/** How many proposals wait for intake by a network coach, and since when. */
	public Waiting proposalsWaiting() {
		DoetankRepository.WaitingRow row = this.doetanks.countProposals();
		return new Waiting(null, null, row.getCount(), AmsterdamTime.of(row.getSince()));
	}

	/**
	 * How many things wait (in one Doetank, or in none when the slug is null), and since
	 * when.
	 */
	public record Waiting(String slug, String title, long count, ZonedDateTime since) {
	}

	/** What the coach found missing when declining this proposal (none otherwise). */
	private static List<IntakeGap> declineGaps(DoetankRepository.RequestRow row) {
		if (row.getDoetankStatus() != DoetankStatus.AFGEWEZEN) {
			return List.of();
		}
		return new IntakeJudgement(row.getRelevance(), null, row.getChance(), null, row.getProblemOwner(),
				row.getOrigin())
			.gaps();
	}

}
