package nl.clubhuis.route;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.route.domain.StallList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /beheer/instellingen: a beheerder changes the route's settings, and the rules follow.
 */
@IntegrationTest
class RouteSettingsPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	RouteSettings settings;

	@Autowired
	StallList stallList;

	private MemberPrincipal beheerder;

	@BeforeEach
	void setUp() {
		this.beheerder = this.people.beheerder("Instellingen Beheer");
	}

	/** Back to the network's defaults (V47), whatever the test did. */
	@AfterEach
	void restore() {
		this.settings.save(new RouteSetting(2, 0.75, 5, 6, 3, this.settings.current().version()), this.beheerder);
	}

	@Test
	void aBeheerderSeesTheSettingsWithWhatEachMeans() throws Exception {
		Html page = Html.of(this.mvc.perform(get("/beheer/instellingen").with(user(this.beheerder))));

		assertThat(page.value("coachesAtOverleg")).isEqualTo("2");
		assertThat(page.value("percentile")).isEqualTo("75");
		assertThat(page.value("minimumStays")).isEqualTo("5");
		assertThat(page.value("defaultStayMonths")).isEqualTo("6");
		assertThat(page.value("inactiveMonths")).isEqualTo("3");
		assertThat(page.texts(".field__hint")).hasSize(5);
		assertThat(page.text("label[for=coachesAtOverleg]")).isEqualTo("Coaches bij een gatekeepers-overleg");
		assertThat(page.text("[aria-current=page]")).isEqualTo("Instellingen");
	}

	@Test
	void whatABeheerderSavesTheQuorumAndTheStallListUse() throws Exception {
		this.mvc.perform(save(this.beheerder, "1", "80", "50", "12", "4"))
			.andExpect(redirectedUrl("/beheer/instellingen"))
			.andExpect(flash().attribute("flashSuccess", "settings.saved"));

		RouteSetting now = this.settings.current();
		assertThat(now.coachesAtOverleg()).isEqualTo(1);
		assertThat(now.percentile()).isEqualTo(0.8);
		assertThat(now.inactiveMonths()).isEqualTo(4);
		// fewer than 50 finished stays anywhere: every phase takes the default, 12 months
		assertThat(this.stallList.usualDays().get(Phase.EVALUEREN)).isEqualTo(365);
	}

	@Test
	void othersAreForbiddenAndChangeNothing() throws Exception {
		for (MemberPrincipal who : new MemberPrincipal[] { this.people.coach("Instellingen Coach"),
				this.people.member("Instellingen Lid") }) {
			this.mvc.perform(get("/beheer/instellingen").with(user(who))).andExpect(status().isForbidden());
			this.mvc.perform(save(who, "1", "75", "5", "6", "3")).andExpect(status().isForbidden());
		}
		assertThat(this.settings.current().coachesAtOverleg()).isEqualTo(2);
	}

	@Test
	void badInputIsKeptWithAMessageNextToTheField() throws Exception {
		Html page = Html.of(this.mvc.perform(save(this.beheerder, "9", "zeventig", "5", "0", "3"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "coachesAtOverleg", "settings.range"))
			.andExpect(model().attributeHasFieldErrorCode("form", "defaultStayMonths", "settings.range"))
			.andExpect(model().attributeHasFieldErrorCode("form", "percentile", "typeMismatch")));

		assertThat(page.value("coachesAtOverleg")).isEqualTo("9");
		assertThat(page.has("#percentile-fout")).isTrue();
		assertThat(page.text("#coachesAtOverleg-fout")).isEqualTo("Kies een getal van 1 tot en met 5.");
		assertThat(page.text("#defaultStayMonths-fout")).isEqualTo("Kies een getal van 1 tot en met 24.");
		assertThat(page.has("#minimumStays-fout")).isFalse();
		assertThat(this.settings.current().coachesAtOverleg()).isEqualTo(2);
	}

	@Test
	void aChangeMadeMeanwhileIsNotOverwritten() throws Exception {
		long read = this.settings.current().version();
		this.settings.save(new RouteSetting(3, 0.75, 5, 6, 3, read), this.beheerder);

		Html page = Html
			.of(this.mvc.perform(save(this.beheerder, read, "1", "75", "5", "6", "3")).andExpect(status().isOk()));

		assertThat(page.text(".alert--error")).contains("Iemand anders wijzigde de instellingen intussen");
		assertThat(page.value("coachesAtOverleg")).isEqualTo("1");
		assertThat(this.settings.current().coachesAtOverleg()).isEqualTo(3);
	}

	private MockHttpServletRequestBuilder save(MemberPrincipal who, String... values) {
		return save(who, this.settings.current().version(), values);
	}

	private MockHttpServletRequestBuilder save(MemberPrincipal who, long version, String... values) {
		return post("/beheer/instellingen").with(user(who))
			.with(csrf())
			.param("coachesAtOverleg", values[0])
			.param("percentile", values[1])
			.param("minimumStays", values[2])
			.param("defaultStayMonths", values[3])
			.param("inactiveMonths", values[4])
			.param("version", String.valueOf(version));
	}

}
