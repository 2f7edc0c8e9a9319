package nl.clubhuis.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The privacy statement and the accessibility statement: public, in Dutch and English
 * with the same sections, linked from every page, and the privacy statement covers every
 * table the portal has.
 */
@IntegrationTest
class StatementsTest {

	/**
	 * Every table in the database and the section of the privacy statement that tells
	 * what it holds about a person; "-" for tables that hold nothing about anyone. A new
	 * table fails {@link #thePrivacyStatementCoversEveryTable} until it is placed here
	 * (and, when it holds personal data, described on the page and in the export).
	 */
	static final Map<String, String> SECTION_PER_TABLE = Map.ofEntries(Map.entry("member", "gegevens-account"),
			Map.entry("member_expertise", "gegevens-profiel"), Map.entry("expertise", "-"),
			Map.entry("doetank_expertise", "gegevens-doetanks"), Map.entry("doetank_revision", "gegevens-doetanks"),
			Map.entry("account_token", "gegevens-beveiliging"), Map.entry("audit_entry", "gegevens-beveiliging"),
			Map.entry("doetank", "gegevens-doetanks"), Map.entry("membership", "gegevens-doetanks"),
			Map.entry("team_guest", "gegevens-doetanks"), Map.entry("post", "gegevens-berichten"),
			Map.entry("post_comment", "gegevens-berichten"), Map.entry("image", "gegevens-berichten"),
			Map.entry("event", "gegevens-agenda"), Map.entry("event_registration", "gegevens-agenda"),
			Map.entry("event_podium", "-"), Map.entry("route_setting", "-"), Map.entry("gate_review", "gegevens-route"),
			Map.entry("gate_review_coach", "gegevens-route"), Map.entry("gate_review_request", "gegevens-route"),
			Map.entry("gate_review_answer", "-"), Map.entry("gate_checklist_item", "-"),
			Map.entry("phase_transition", "gegevens-route"), Map.entry("adoption_agreement", "gegevens-route"),
			Map.entry("business_case_line", "gegevens-route"), Map.entry("milestone", "gegevens-route"),
			Map.entry("adopter", "gegevens-route"), Map.entry("door_request", "gegevens-route"),
			Map.entry("opdrachtgever_testimonial", "gegevens-route"),
			Map.entry("eindgebruiker_consent", "gegevens-route"), Map.entry("werkvorm", "-"),
			Map.entry("werkvorm_phase", "-"), Map.entry("werkvorm_question", "-"),
			Map.entry("werkvorm_template", "gegevens-route"), Map.entry("werkvorm_usage", "gegevens-route"),
			Map.entry("partner", "-"), Map.entry("about_page", "-"), Map.entry("document", "gegevens-documenten"),
			Map.entry("document_version", "gegevens-documenten"), Map.entry("login_throttle", "gegevens-beveiliging"),
			Map.entry("rate_limit_bucket", "gegevens-beveiliging"), Map.entry("spring_session", "gegevens-beveiliging"),
			Map.entry("spring_session_attributes", "gegevens-beveiliging"), Map.entry("shedlock", "-"),
			Map.entry("contact_message", "gegevens-contact"), Map.entry("contact_preference", "gegevens-contact"),
			Map.entry("member_photo", "gegevens-profiel"), Map.entry("flyway_schema_history", "-"),
			Map.entry("question", "gegevens-vragen"), Map.entry("question_expertise", "gegevens-vragen"),
			Map.entry("answer", "gegevens-vragen"), Map.entry("answer_comment", "gegevens-vragen"),
			Map.entry("follow", "gegevens-meldingen"), Map.entry("notification", "gegevens-meldingen"),
			Map.entry("notification_preference", "gegevens-meldingen"),
			Map.entry("notification_digest", "gegevens-meldingen"), Map.entry("notification_secret", "-"),
			Map.entry("report", "gegevens-moderatie"), Map.entry("mail_status", "-"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void thePrivacyStatementIsPublicInDutchWithTheContactAddress() throws Exception {
		Html page = Html.of(this.mvc.perform(get("/privacy")).andExpect(status().isOk()));

		assertThat(page.lang()).isEqualTo("nl");
		assertThat(page.text("h1")).isEqualTo("Privacyverklaring");
		assertThat(page.links()).contains("mailto:privacy@example.org", "/mijn/gegevens", "/mijn/account/verwijderen");
		assertThat(page.texts("h3")).contains("Je account", "Agenda", "Inloggen en beveiliging");
	}

	@Test
	void theAccessibilityStatementNamesItsStatusAndAContact() throws Exception {
		Html page = Html.of(this.mvc.perform(get("/toegankelijkheid")).andExpect(status().isOk()));

		assertThat(page.text("h1")).isEqualTo("Toegankelijkheidsverklaring");
		assertThat(page.text("#status")).startsWith("Status: C");
		assertThat(page.texts("h2")).contains("Wat is getest en hoe", "Bekende beperkingen", "Datum");
		assertThat(page.links()).contains("mailto:privacy@example.org");
	}

	@Test
	void bothStatementsHaveTheSameSectionsInEnglish() throws Exception {
		for (String path : List.of("/privacy", "/toegankelijkheid")) {
			Html dutch = Html.of(this.mvc.perform(get(path + "?lang=nl")));
			Html english = Html.of(this.mvc.perform(get(path + "?lang=en")));

			assertThat(english.lang()).as(path).isEqualTo("en");
			assertThat(english.text("h1")).as(path).isNotEqualTo(dutch.text("h1"));
			assertThat(ids(english)).as(path).isEqualTo(ids(dutch)).isNotEmpty();
		}
	}

	@Test
	void everyPageLinksBothStatementsInItsFooter() throws Exception {
		Html home = Html.of(this.mvc.perform(get("/")));

		assertThat(home.links("footer a")).contains("/privacy", "/toegankelijkheid");
	}

	@Test
	void thePrivacyStatementCoversEveryTable() throws Exception {
		List<String> tables = this.jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
				String.class);
		Html page = Html.of(this.mvc.perform(get("/privacy")));

		assertThat(SECTION_PER_TABLE.keySet()).as("tables the privacy statement knows about").containsAll(tables);
		assertThat(SECTION_PER_TABLE.values()).filteredOn((section) -> !section.equals("-"))
			.allSatisfy((section) -> assertThat(page.has("section#" + section)).as(section).isTrue());
	}

	private static Set<String> ids(Html page) {
		Set<String> ids = new TreeSet<>();
		for (Element element : page.all("main h2[id], main section[id]")) {
			ids.add(element.id());
		}
		return ids;
	}

}
