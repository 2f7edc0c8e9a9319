package nl.clubhuis.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPathTest {

	@Test
	void aPathOnThisSiteIsKept() {
		assertThat(LocalPath.orNull("/")).isEqualTo("/");
		assertThat(LocalPath.orNull("/nieuws/een-bericht#reageren")).isEqualTo("/nieuws/een-bericht#reageren");
		assertThat(LocalPath.orNull("/doetanks?fase=SCHETSEN&pagina=2")).isEqualTo("/doetanks?fase=SCHETSEN&pagina=2");
		assertThat(LocalPath.orNull("/doetanks/caf%C3%A9")).isEqualTo("/doetanks/caf%C3%A9");
	}

	@Test
	void anythingThatCouldLeaveTheSiteIsRefused() {
		assertThat(LocalPath.orNull(null)).isNull();
		assertThat(LocalPath.orNull("")).isNull();
		assertThat(LocalPath.orNull("https://evil.example/")).isNull();
		assertThat(LocalPath.orNull("//evil.example/")).isNull();
		assertThat(LocalPath.orNull("/\\evil.example/")).isNull();
		assertThat(LocalPath.orNull("/%0d%0aSet-Cookie:x")).isEqualTo("/%0d%0aSet-Cookie:x");
		assertThat(LocalPath.orNull("/\r\nLocation: https://evil.example")).isNull();
		assertThat(LocalPath.orNull("/a\\b")).isNull();
		assertThat(LocalPath.orNull("javascript:alert(1)")).isNull();
		assertThat(LocalPath.orNull(" /nieuws")).isNull();
		assertThat(LocalPath.orNull("/" + "a".repeat(2_000))).isNull();
	}

	@Test
	void theLoginPageItselfIsNoPlaceToGoBackTo() {
		assertThat(LocalPath.orNull("/login")).isNull();
		assertThat(LocalPath.orNull("/login?fout")).isNull();
		assertThat(LocalPath.orNull("/loginhulp")).isEqualTo("/loginhulp");
	}

}
