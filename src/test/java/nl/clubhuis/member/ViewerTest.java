package nl.clubhuis.member;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ViewerTest {

	private static final MemberPrincipal REDACTEUR = new MemberPrincipal(7L, "r@example.org", "Rena",
			Set.of(GlobalRole.LID, GlobalRole.REDACTEUR), "hash");

	@Test
	void anAnonymousVisitorHasNoIdNorRolesAndCannotAct() {
		Viewer viewer = Viewer.anonymous();
		assertThat(viewer.isLoggedIn()).isFalse();
		assertThat(viewer.memberId()).isEmpty();
		assertThat(viewer.is(7L)).isFalse();
		assertThat(viewer.hasRole(GlobalRole.LID)).isFalse();
		assertThat(viewer.isRedactie()).isFalse();
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class).isThrownBy(viewer::member);
	}

	@Test
	void noPrincipalMeansAnonymous() {
		assertThat(Viewer.of(null)).isSameAs(Viewer.anonymous());
	}

	@Test
	void aLoggedInMemberHasTheirIdAndRoles() {
		Viewer viewer = Viewer.of(REDACTEUR);
		assertThat(viewer.isLoggedIn()).isTrue();
		assertThat(viewer.memberId()).contains(7L);
		assertThat(viewer.is(7L)).isTrue();
		assertThat(viewer.is(8L)).isFalse();
		assertThat(viewer.hasRole(GlobalRole.REDACTEUR)).isTrue();
		assertThat(viewer.hasRole(GlobalRole.COACH)).isFalse();
		assertThat(viewer.isRedactie()).isTrue();
		assertThat(viewer.isBeheerder()).isFalse();
		assertThat(viewer.member()).isSameAs(REDACTEUR);
		assertThat(viewer).isEqualTo(Viewer.of(REDACTEUR));
	}

	@Test
	void aBeheerderCountsAsRedactie() {
		Viewer viewer = Viewer.of(new MemberPrincipal(8L, "b@example.org", "Bo", Set.of(GlobalRole.BEHEERDER), "x"));
		assertThat(viewer.isBeheerder()).isTrue();
		assertThat(viewer.isRedactie()).isTrue();
	}

	@Test
	void theKeyOfTheRolesNamesEachRoleInAFixedOrder() {
		assertThat(Viewer.of(REDACTEUR).rolesKey()).isEqualTo("LID,REDACTEUR");
		assertThat(Viewer
			.of(new MemberPrincipal(8L, "c@example.org", "Cas",
					Set.of(GlobalRole.BEHEERDER, GlobalRole.COACH, GlobalRole.LID), "x"))
			.rolesKey()).isEqualTo("LID,COACH,BEHEERDER");
		assertThat(Viewer.anonymous().rolesKey()).isEmpty();
	}

	@Test
	void aPageKeptForAMemberDependsOnTheRolesNameAndVerificationTheirSessionKnows() {
		Viewer lid = Viewer.of(new MemberPrincipal(9L, "l@example.org", "Lotte", Set.of(GlobalRole.LID), "x"));
		Viewer renamed = Viewer
			.of(new MemberPrincipal(9L, "l@example.org", "Lotte de Vries", Set.of(GlobalRole.LID), "x"));
		Viewer unverified = Viewer
			.of(new MemberPrincipal(9L, "l@example.org", "Lotte", Set.of(GlobalRole.LID), "x", false));
		Viewer redacteur = Viewer
			.of(new MemberPrincipal(9L, "l@example.org", "Lotte", Set.of(GlobalRole.LID, GlobalRole.REDACTEUR), "x"));

		assertThat(Set.of(lid.pageKey(), renamed.pageKey(), unverified.pageKey(), redacteur.pageKey())).hasSize(4);
		assertThat(lid.pageKey()).isEqualTo(
				Viewer.of(new MemberPrincipal(9L, "l@example.org", "Lotte", Set.of(GlobalRole.LID), "x")).pageKey());
	}

}
