package nl.clubhuis.notifications;

import java.nio.charset.StandardCharsets;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberErased;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /mijn/meldingen/instellingen: per kind a mail at once, in the digest or none, and how
 * often the digest comes; sensible defaults, choices kept, a wrong value shown next to
 * its field with the rest kept, the choices in the export and gone with the account.
 */
@IntegrationTest
class MailPreferencesPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	MemberPrincipal member;

	@BeforeEach
	void aMember() {
		this.member = this.people.member("Pim Voorkeur");
	}

	@Test
	void personalThingsComeAtOnceAndFollowedThingsInAWeeklyDigestByDefault() throws Exception {
		Html page = Html.of(this.mvc.perform(get("/mijn/meldingen/instellingen").with(user(this.member))));

		assertThat(page.value("choices[PLACE_OFFERED]")).isEqualTo("DIRECT");
		assertThat(page.value("choices[DOOR_REQUESTED]")).isEqualTo("DIRECT");
		assertThat(page.value("choices[DOETANK_PHASE]")).isEqualTo("DIGEST");
		assertThat(page.value("choices[NEW_POST]")).isEqualTo("DIGEST");
		assertThat(page.value("period")).isEqualTo("WEEKLY");
		assertThat(page.options("period")).containsExactly("DAILY", "WEEKLY", "NEVER");
		assertThat(page.one("label[for=keuze-NEW_POST]").text())
			.isEqualTo("Een nieuw blogbericht of een nieuwe beschouwing");
		assertThat(page.all("select")).hasSize(NotificationKind.values().length + 1);
	}

	@Test
	void theChoicesAreSavedShownAgainInTheExportAndGoneWithTheAccount() throws Exception {
		this.mvc
			.perform(allChoices().param("choices[NEW_POST]", "NONE")
				.param("choices[PLACE_OFFERED]", "DIGEST")
				.param("period", "DAILY"))
			.andExpect(redirectedUrl("/mijn/meldingen/instellingen"));
		this.mvc
			.perform(allChoices().param("choices[NEW_POST]", "NONE")
				.param("choices[PLACE_OFFERED]", "DIGEST")
				.param("period", "DAILY"))
			.andExpect(redirectedUrl("/mijn/meldingen/instellingen"));

		Html page = Html.of(this.mvc.perform(get("/mijn/meldingen/instellingen").with(user(this.member))));
		assertThat(page.value("choices[NEW_POST]")).isEqualTo("NONE");
		assertThat(page.value("choices[PLACE_OFFERED]")).isEqualTo("DIGEST");
		assertThat(page.value("choices[QUESTION_ASKED]")).isEqualTo("DIRECT");
		assertThat(page.value("period")).isEqualTo("DAILY");

		String export = this.mvc.perform(get("/mijn/gegevens").with(user(this.member)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(export).contains("mailvoorkeuren").contains("\"DAILY\"");

		this.events.publishEvent(new MemberErased(this.member.id(), true));
		assertThat(this.jdbc.queryForObject(
				"SELECT (SELECT count(*) FROM notification_preference WHERE member_id = ?)"
						+ " + (SELECT count(*) FROM notification_digest WHERE member_id = ?)",
				Long.class, this.member.id(), this.member.id()))
			.isZero();
	}

	@Test
	void aValueThatIsNoChoiceIsShownAtItsFieldAndTheRestIsKept() throws Exception {
		Html page = Html.of(
				this.mvc
					.perform(allChoices().param("choices[NEW_POST]", "MAYBE")
						.param("choices[PLACE_OFFERED]", "NONE")
						.param("period", "DAILY"))
					.andExpect(status().isOk()));

		assertThat(page.has("#keuze-NEW_POST-fout")).isTrue();
		assertThat(page.one("#keuze-NEW_POST").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.links(".error-summary")).containsExactly("#keuze-NEW_POST");
		assertThat(page.value("choices[DOETANK_PHASE]")).isEqualTo("DIRECT");
		assertThat(page.value("period")).isEqualTo("DAILY");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM notification_preference WHERE member_id = ?",
				Long.class, this.member.id()))
			.isZero();
	}

	@Test
	void aVisitorIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/mijn/meldingen/instellingen")).andExpect(status().is3xxRedirection());
	}

	/** Every kind at once but the two each test chooses itself. */
	private MockHttpServletRequestBuilder allChoices() {
		MockHttpServletRequestBuilder request = post("/mijn/meldingen/instellingen").with(user(this.member))
			.with(csrf());
		for (NotificationKind kind : NotificationKind.values()) {
			if (kind != NotificationKind.NEW_POST && kind != NotificationKind.PLACE_OFFERED) {
				request.param("choices[" + kind.name() + "]", "DIRECT");
			}
		}
		return request;
	}

}
