package nl.clubhuis.member.domain;

import java.time.Instant;
import java.util.Set;

import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.ProfileVisibility;
import nl.clubhuis.member.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees a profile, without Spring. */
class ProfileVisibilityRuleTest {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	final Viewer visitor = Viewer.anonymous();

	final Viewer otherMember = viewer(2L);

	final Viewer owner = viewer(1L);

	@Test
	void everyoneMembersOnlyOrNobodyButTheOwner() {
		Member member = member(ProfileVisibility.IEDEREEN);
		assertThat(member.profileVisibleTo(this.visitor)).isTrue();
		assertThat(member.profileVisibleTo(this.otherMember)).isTrue();

		member = member(ProfileVisibility.LEDEN);
		assertThat(member.profileVisibleTo(this.visitor)).isFalse();
		assertThat(member.profileVisibleTo(this.otherMember)).isTrue();

		member = member(ProfileVisibility.NIEMAND);
		assertThat(member.profileVisibleTo(this.visitor)).isFalse();
		assertThat(member.profileVisibleTo(this.otherMember)).isFalse();
		assertThat(member.profileVisibleTo(this.owner)).isTrue();
	}

	@Test
	void blockedUnverifiedAndErasedMembersHaveNoProfileForOthers() {
		Member blocked = member(ProfileVisibility.IEDEREEN);
		blocked.block(NOW);
		assertThat(blocked.profileVisibleTo(this.otherMember)).isFalse();

		Member unverified = new Member("u@example.org", "U", null, "u", "hash", NOW);
		ReflectionTestUtils.setField(unverified, "id", 1L);
		unverified.describe(null, null, null, Set.of(), ProfileVisibility.IEDEREEN);
		assertThat(unverified.profileVisibleTo(this.visitor)).isFalse();

		Member erased = member(ProfileVisibility.IEDEREEN);
		erased.erase("hash", NOW);
		assertThat(erased.profileVisibleTo(this.visitor)).isFalse();
		assertThat(erased.profileVisibleTo(this.owner)).isFalse();
		assertThat(erased.getExpertise()).isEmpty();
	}

	private static Member member(ProfileVisibility visibility) {
		Member member = new Member("a@example.org", "Anouk Jansen", "Gemeente", "anouk-jansen", "hash", NOW);
		ReflectionTestUtils.setField(member, "id", 1L);
		member.verifyEmail(NOW);
		member.describe("Gemeente", "Adviseur", "Tekst", Set.of(7L), visibility);
		return member;
	}

	private static Viewer viewer(Long id) {
		return Viewer.of(new MemberPrincipal(id, "x" + id + "@example.org", "Lid", Set.of(GlobalRole.LID), "hash"));
	}

}
