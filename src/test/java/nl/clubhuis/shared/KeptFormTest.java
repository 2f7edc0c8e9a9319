package nl.clubhuis.shared;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused form keeps its text fields, never its secrets, and is handed back once. */
class KeptFormTest {

	@Test
	void textIsKeptButPasswordsTokensAndOverlongFieldsAreNot() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/berichten/x/reacties");
		request.addParameter("text", "Mijn reactie");
		request.addParameter("_csrf", "oud-token");
		request.addParameter("password", "geheim");
		request.addParameter("newPassword", "geheim");
		request.addParameter("code", "link-code");
		request.addParameter("huge", "x".repeat(KeptForm.MAX_CHARACTERS + 1));

		KeptForm.keep(request, "/nieuws/x");

		KeptForm kept = KeptForm.takeFor(request, "/nieuws/x");
		assertThat(kept.fields()).containsOnlyKeys("text").containsEntry("text", "Mijn reactie");
		assertThat(KeptForm.takeFor(request, "/nieuws/x")).as("handed back once").isNull();
	}

	@Test
	void itIsOnlyHandedBackOnThePageTheFormCameFrom() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/doetanks/nieuw");
		request.addParameter("title", "Een vraagstuk");
		KeptForm.keep(request, "/doetanks/nieuw");

		assertThat(KeptForm.takeFor(request, "/agenda")).isNull();
		assertThat(KeptForm.takeFor(request, "/doetanks/nieuw").fields()).containsEntry("title", "Een vraagstuk");
	}

	@Test
	void withoutAPageOfThisSiteNothingIsKept() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/doetanks/nieuw");
		request.addParameter("title", "Een vraagstuk");
		KeptForm.keep(request, null);

		assertThat(request.getSession(false)).isNull();
	}

}
