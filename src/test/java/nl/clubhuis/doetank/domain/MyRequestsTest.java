package nl.clubhuis.doetank.domain;

import java.time.Instant;
import java.util.List;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.MembershipState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Mijn aanvragen": what still waits first, then what was declined, newest first. */
class MyRequestsTest {

	@Test
	void openRequestsBeforeDeclinedOnesNewestFirst() {
		MyRequests mine = MyRequests.of(List.of(request("oud-open", MembershipState.AANGEVRAAGD, 1),
				request("nieuw-afgewezen", MembershipState.AFGEWEZEN, 9),
				request("nieuw-open", MembershipState.AANGEVRAAGD, 5),
				request("oud-afgewezen", MembershipState.AFGEWEZEN, 2)));

		assertThat(mine.requests()).extracting(MyRequests.Request::slug)
			.containsExactly("nieuw-open", "oud-open", "nieuw-afgewezen", "oud-afgewezen");
		assertThat(mine.proposals()).isEmpty();
	}

	@Test
	void anActiveRoleIsAProposalItsAuthorLeads() {
		MyRequests mine = MyRequests.of(List.of(proposal("afgewezen", DoetankStatus.AFGEWEZEN, 8),
				request("open", MembershipState.AANGEVRAAGD, 3), proposal("wacht", DoetankStatus.VOORSTEL, 4)));

		assertThat(mine.proposals()).extracting(MyRequests.Proposal::slug).containsExactly("wacht", "afgewezen");
		assertThat(mine.proposals().get(1).declineReason()).isEqualTo("Past niet");
		assertThat(mine.requests()).extracting(MyRequests.Request::slug).containsExactly("open");
		assertThat(mine.isEmpty()).isFalse();
		assertThat(MyRequests.of(List.of()).isEmpty()).isTrue();
	}

	private static MyRequests.Line request(String slug, MembershipState state, int day) {
		return new MyRequests.Line(slug, slug, DoetankStatus.ACTIEF, null, MembershipRole.LID, state,
				(state == MembershipState.AFGEWEZEN) ? "Het team is vol" : null, at(day), null);
	}

	private static MyRequests.Line proposal(String slug, DoetankStatus status, int day) {
		return new MyRequests.Line(slug, slug, status, (status == DoetankStatus.AFGEWEZEN) ? "Past niet" : null,
				MembershipRole.TREKKER, MembershipState.ACTIEF, null, at(day), null);
	}

	private static Instant at(int day) {
		return Instant.parse("2026-11-01T10:00:00Z").plusSeconds(day * 86_400L);
	}

}
