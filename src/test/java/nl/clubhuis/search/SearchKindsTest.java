package nl.clubhuis.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.DoetankDetails;
import nl.clubhuis.doetank.DoetankHistory;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.HistoricalDoetank;
import nl.clubhuis.doetank.HistoricalDoetank.TeamMember;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.Theme;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /zoeken's kinds and filters: lessons of stopped Doetanks, werkvormen, partners and
 * profiles (each only as far as the viewer may see them), filtered by kind, phase,
 * status, theme and year; the same text filter on /doetanks and /doetanks/lessen.
 */
@IntegrationTest
class SearchKindsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	DoetankHistory history;

	@Autowired
	JdbcTemplate jdbc;

	Html page(MockHttpServletRequestBuilder request) throws Exception {
		return Html.of(this.mvc.perform(request).andExpect(status().isOk()));
	}

	String stopped(String title, String vraagstuk, String lessons, Phase phase, LocalDate start) {
		MemberPrincipal trekker = this.people.member("Zoek Gestopt");
		String slug = "zoek-gestopt-" + UUID.randomUUID();
		this.history.record(new HistoricalDoetank(slug,
				new DoetankDetails(title, vraagstuk, null, Theme.ZORG_EN_WELZIJN, List.of("Gemeente Zoekdorp"),
						EnumSet.noneOf(LookingFor.class), null),
				phase, DoetankStatus.GESTOPT, start, null, null, null, "Er was geen opdrachtgever.", lessons, false,
				List.of(new TeamMember(trekker.id(), MembershipRole.TREKKER))));
		return slug;
	}

	@Test
	void aLessonIsItsOwnKindAndTheFiltersNarrowIt() throws Exception {
		String word = SearchPageTest.word();
		String slug = stopped("Mantelzorg " + word, "Mantelzorgers raken overbelast in " + word + ".",
				"Zoek eerst een opdrachtgever die " + word + " echt wil.", Phase.SCHETSEN, LocalDate.of(2017, 3, 1));

		Html all = page(get("/zoeken").param("q", word));
		assertThat(all.links(".search-result__title a")).containsExactlyInAnyOrder("/doetanks/" + slug,
				"/doetanks/" + slug + "#gestopt");
		assertThat(all.texts(".search-counts a")).contains("Doetank (1)", "Les (1)");

		Html lessons = page(get("/zoeken").param("q", "opdrachtgever " + word).param("soort", "les"));
		assertThat(lessons.links(".search-result__title a")).containsExactly("/doetanks/" + slug + "#gestopt");
		assertThat(lessons.text(".search-result__kind")).isEqualTo("Les");

		assertThat(page(get("/zoeken").param("q", word).param("fase", "SCHETSEN")).all(".search-result")).hasSize(2);
		assertThat(page(get("/zoeken").param("q", word).param("fase", "INITIEREN")).all(".search-result")).isEmpty();
		assertThat(page(get("/zoeken").param("q", word).param("status", "GESTOPT").param("thema", "ZORG_EN_WELZIJN"))
			.all(".search-result")).hasSize(2);
		assertThat(page(get("/zoeken").param("q", word).param("status", "ACTIEF")).all(".search-result")).isEmpty();
		assertThat(page(get("/zoeken").param("q", word).param("soort", "doetank").param("jaar", "2017"))
			.links(".search-result__title a")).containsExactly("/doetanks/" + slug);
		assertThat(page(get("/zoeken").param("q", word).param("soort", "doetank").param("jaar", "2018"))
			.all(".search-result")).isEmpty();
	}

	@Test
	void theDoetankListAndTheLessonsArchiveSearchTheSameWay() throws Exception {
		String word = SearchPageTest.word();
		String slug = stopped("Wachtlijsten " + word, "De wachtlijsten voor jeugdzorg groeien.",
				"Experimenteren met gemeentes vroeg meer tijd dan gedacht.", Phase.ADOPTEREN, null);

		assertThat(page(get("/doetanks").param("zoek", word)).links(".card a")).contains("/doetanks/" + slug);
		assertThat(page(get("/doetanks").param("zoek", word + " -jeugdzorg")).links())
			.doesNotContain("/doetanks/" + slug);
		assertThat(page(get("/doetanks/lessen").param("zoek", word + " experimenten gemeente")).links(".lessons"))
			.contains("/doetanks/" + slug);
		assertThat(page(get("/doetanks/lessen").param("zoek", word + " fietsen")).links())
			.doesNotContain("/doetanks/" + slug);
		for (String hostile : new String[] { "'", ":*", "&|!", "nul\u0000teken", "a".repeat(2000) }) {
			page(get("/doetanks").param("zoek", hostile));
			page(get("/doetanks/lessen").param("zoek", hostile));
		}
	}

	@Test
	void aDoetankIsFoundByWhatItsOpdrachtgeverSaid() throws Exception {
		String word = SearchPageTest.word();
		String slug = stopped("Opdrachtgever zegt iets", "Een vraagstuk.", "Een les.", Phase.EVALUEREN, null);
		MemberPrincipal opdrachtgever = this.people.member("Olga Opdracht");
		this.jdbc.update("""
				INSERT INTO opdrachtgever_testimonial (doetank_id, author_id, quote, outcome, evaluation, written_at,
				    updated_at)
				SELECT id, ?, ?, 'DEELS', 'Het werkt deels.', now(), now() FROM doetank WHERE slug = ?""",
				opdrachtgever.id(), "Dankzij " + word + " zijn de wachttijden korter.", slug);

		Html page = page(get("/zoeken").param("q", word));
		assertThat(page.links(".search-result__title a")).containsExactly("/doetanks/" + slug);
		assertThat(page.text(".search-result__snippet")).contains("wachttijden korter");
	}

	@Test
	void werkvormenAndPartnersAreFound() throws Exception {
		String word = SearchPageTest.word();
		this.jdbc.update("""
				INSERT INTO partner (kind, name, description, created_at, updated_at)
				VALUES ('KENNIS', ?, 'Deelt kennis over dienstverlening.', now(), now())""", "Stichting " + word);

		assertThat(
				page(get("/zoeken").param("q", "veldwerk").param("soort", "werkvorm")).links(".search-result__title a"))
			.contains("/toolkit/veldwerk");
		Html partners = page(get("/zoeken").param("q", word));
		assertThat(partners.texts(".search-result__title a")).containsExactly("Stichting " + word);
		assertThat(partners.one(".search-result").attr("data-kind")).isEqualTo("partner");
	}

	@Test
	void profilesAreFoundOnlyByWhoMaySeeThem() throws Exception {
		String word = SearchPageTest.word();
		MemberPrincipal open = profile("Open " + word, "IEDEREEN", "Ik werk aan " + word + " in de wijk.");
		MemberPrincipal members = profile("Leden " + word, "LEDEN", null);
		profile("Niemand " + word, "NIEMAND", null);
		String hidden = SearchPageTest.word();
		profile("Verborgen bio", "IEDEREEN", "Verborgen " + hidden);
		this.jdbc.update("UPDATE member SET bio_hidden_at = now(), bio_hidden_reason = 'Reclame' WHERE bio LIKE ?",
				"%" + hidden);
		MemberPrincipal viewer = this.people.member("Zoekend Lid");

		assertThat(page(get("/zoeken").param("q", word)).texts(".search-result__title a"))
			.containsExactly("Open " + word);
		assertThat(page(get("/zoeken").param("q", word).with(user(viewer))).texts(".search-result__title a"))
			.containsExactlyInAnyOrder("Open " + word, "Leden " + word);
		assertThat(page(get("/zoeken").param("q", word).param("soort", "profiel").with(user(viewer)))
			.links(".search-result__title a")).allMatch((link) -> link.startsWith("/leden/")).hasSize(2);
		assertThat(page(get("/zoeken").param("q", hidden).with(user(viewer))).all(".search-result")).isEmpty();
		assertThat(open.id()).isNotEqualTo(members.id());
	}

	private MemberPrincipal profile(String name, String visibility, String bio) {
		MemberPrincipal member = this.people.member(name);
		this.jdbc.update("UPDATE member SET profile_visibility = ?, bio = ? WHERE id = ?", visibility, bio,
				member.id());
		return member;
	}

}
