package nl.clubhuis.shared;

import java.net.URI;
import java.sql.SQLException;
import java.util.UUID;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A NUL, another control character or bytes that are not UTF-8 in an address or a form
 * are a 400, never a 409 ("someone else changed this") or a 500. (The page itself is
 * Spring Boot's error page for 400, seen over real HTTP in {@code TrustedProxiesTest}.)
 */
@IntegrationTest
class UnreadableInputTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/doetanks?fase=%00", "/doetanks?thema=gemeente%C3%28", "/doetanks?pagina=%00",
			"/zoeken?q=x&soort=a%00b", "/nieuws?pagina=%FF", "/vragen?zoek=%01", "/doetanks/%00",
			"/doetanks/kennisbehoud%C3%28", "/toolkit/pitch%00", "/nieuws/%C0%AF", "/doetanks/%E2%82" })
	void anUnreadableCharacterInAListOrDetailAddressIsABadRequest(String address) throws Exception {
		this.mvc.perform(get(URI.create(address))).andExpect(status().isBadRequest());
	}

	@Test
	void aNulInAParameterAsTextIsABadRequest() throws Exception {
		this.mvc.perform(get("/doetanks").param("fase", "SCHETSEN\u0000")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/leden").param("naam", "Piet\u0000").with(user(this.people.member("Nul Zoeker"))))
			.andExpect(status().isBadRequest());
	}

	/** Issue 17: whatever is pasted into a search box gets a search result page. */
	@ParameterizedTest
	@ValueSource(strings = { "/zoeken?q=a%00b", "/doetanks?zoek=%00", "/doetanks?zoek=gemeente%C3%28",
			"/doetanks/lessen?zoek=les%00" })
	void aSearchBoxCleansItsOwnWords(String address) throws Exception {
		this.mvc.perform(get(URI.create(address))).andExpect(status().isOk());
	}

	@Test
	void ordinaryTextWithAccentsTabsAndLineEndsIsFine() throws Exception {
		this.mvc.perform(get(URI.create("/doetanks?zoek=caf%C3%A9%09co%C3%B6peratie"))).andExpect(status().isOk());
		this.mvc.perform(get("/zoeken").param("q", "één\r\ntwee")).andExpect(status().isOk());
	}

	@Test
	void aNulInAPostedFormIsABadRequestAndNothingIsStored() throws Exception {
		String email = "nul-" + UUID.randomUUID() + "@example.org";
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("name", "Nul\u0000Teken")
				.param("email", email)
				.param("organisation", "Gemeente")
				.param("password", TestPeople.PASSWORD))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM member WHERE email = ?", Integer.class, email))
			.isZero();

		MemberPrincipal member = this.people.member("Vera Vraag");
		this.mvc
			.perform(post("/vragen/nieuw").with(user(member))
				.with(csrf())
				.param("title", "Een vraag met \u0000 erin")
				.param("body", "Tekst"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void textPostgresqlCannotStoreIsABadRequestNotAConflict() {
		SQLException nul = new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
		assertThat(ConflictAdvice.unstorableText(new DataIntegrityViolationException("insert", nul))).isTrue();
		assertThat(ConflictAdvice
			.unstorableText(new DataIntegrityViolationException("unique", new SQLException("duplicate key", "23505"))))
			.isFalse();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/afbeeldingen/abc", "/beheer/leden/abc", "/doetanks/kennisbehoud/documenten/abc/beheren" })
	void anIdInThePathThatIsNoNumberNamesNothing(String address) throws Exception {
		this.mvc.perform(get(address).with(user(this.people.beheerder("Bea Beheer")))).andExpect(status().isNotFound());
	}

}
