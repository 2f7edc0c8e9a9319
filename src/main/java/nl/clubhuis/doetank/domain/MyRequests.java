package nl.clubhuis.doetank.domain;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.IntakeGap;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.MembershipState;
import nl.clubhuis.shared.AmsterdamTime;

/**
 * A member's own join requests and proposals with how they stand, as /mijn shows them:
 * what still waits first, then what was declined; newest first within each.
 */
public record MyRequests(List<Request> requests, List<Proposal> proposals) {

	public MyRequests {
		requests = List.copyOf(requests);
		proposals = List.copyOf(proposals);
	}

	/**
	 * Sorts the lines the query found: a line whose membership is active is a proposal
	 * (its author is its trekker), any other line a join request.
	 */
	public static MyRequests of(List<Line> lines) {
		List<Line> newestFirst = lines.stream().sorted(Comparator.comparing(Line::requestedAt).reversed()).toList();
		return new MyRequests(
				newestFirst.stream()
					.filter((line) -> line.state() != MembershipState.ACTIEF)
					.map(Request::of)
					.sorted(Comparator.comparing((Request request) -> !request.isOpen()))
					.toList(),
				newestFirst.stream()
					.filter((line) -> line.state() == MembershipState.ACTIEF)
					.map(Proposal::of)
					.sorted(Comparator.comparing((Proposal proposal) -> !proposal.isWaiting()))
					.toList());
	}

	public boolean isEmpty() {
		return this.requests.isEmpty() && this.proposals.isEmpty();
	}

	/** One row of the query. */
	public record Line(String slug, String title, DoetankStatus doetankStatus, String declineReason,
			MembershipRole role, MembershipState state, String decisionNote, Instant requestedAt, Instant decidedAt,
			List<IntakeGap> declineGaps) {

		public Line {
			declineGaps = (declineGaps == null) ? List.of() : List.copyOf(declineGaps);
		}

		/**
		 * A line without what a coach found missing (a request, or a proposal waiting).
		 */
		public Line(String slug, String title, DoetankStatus doetankStatus, String declineReason, MembershipRole role,
				MembershipState state, String decisionNote, Instant requestedAt, Instant decidedAt) {
			this(slug, title, doetankStatus, declineReason, role, state, decisionNote, requestedAt, decidedAt, null);
		}

	}

	/** A request to join: open, or declined with the trekker's note (null if none). */
	public record Request(String slug, String title, MembershipState state, String note, ZonedDateTime requestedAt,
			ZonedDateTime decidedAt) {

		static Request of(Line line) {
			return new Request(line.slug(), line.title(), line.state(), line.decisionNote(),
					AmsterdamTime.of(line.requestedAt()), AmsterdamTime.of(line.decidedAt()));
		}

		public boolean isOpen() {
			return this.state == MembershipState.AANGEVRAAGD;
		}

		public String path() {
			return "/doetanks/" + this.slug;
		}

	}

	/**
	 * A vraagstuk the member brought in: waiting for intake, or declined with the coach's
	 * reason.
	 */
	public record Proposal(String slug, String title, DoetankStatus status, String declineReason,
			ZonedDateTime broughtInAt, List<IntakeGap> declineGaps) {

		static Proposal of(Line line) {
			return new Proposal(line.slug(), line.title(), line.doetankStatus(), line.declineReason(),
					AmsterdamTime.of(line.requestedAt()), line.declineGaps());
		}

		/** The message keys of what the coach found missing, for a list in a sentence. */
		public List<String> declineGapKeys() {
			return this.declineGaps.stream().map((gap) -> "intake.gap.short." + gap.name()).toList();
		}

		public boolean isWaiting() {
			return this.status == DoetankStatus.VOORSTEL;
		}

		public String path() {
			return "/doetanks/" + this.slug;
		}

	}

}
