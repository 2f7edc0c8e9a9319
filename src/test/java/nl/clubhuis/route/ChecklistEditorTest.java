package nl.clubhuis.route;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A beheerder refines the gatekeepers-overleg checklist of a phase in the portal: adds a
 * line, puts it better, moves it, takes it out. Only guidance lines are added here, and
 * each is taken out again, so the checklist other tests answer stays as it was.
 */
@IntegrationTest
class ChecklistEditorTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	GateChecklist checklist;

	@Autowired
	JdbcTemplate jdbc;

	/** A marker no real line holds, to take out what this test added. */
	final String run = "[" + UUID.randomUUID() + "]";

	MemberPrincipal beheerder;

	@BeforeEach
	void aBeheerder() {
		this.beheerder = this.people.beheerder("Bea Beheer");
	}

	@AfterEach
	void takeOutWhatThisTestAdded() {
		this.jdbc.update("UPDATE gate_checklist_item SET active = FALSE WHERE text_nl LIKE ?", "%" + this.run + "%");
	}

	@Test
	void aBeheerderAddsPutsBetterMovesAndTakesOutALine() throws Exception {
		String question = "Wie vertelt het verhaal verder? " + this.run;
		this.mvc
			.perform(post("/beheer/checklist").param("fase", "VERBREDEN")
				.param("kind", "HULPVRAAG")
				.param("textNl", question)
				.param("textEn", " ")
				.with(user(this.beheerder))
				.with(csrf()))
			.andExpect(redirectedUrl("/beheer/checklist?fase=VERBREDEN"))
			.andExpect(flash().attribute("flashSuccess", "checklist.added"));
		Long id = this.jdbc.queryForObject("SELECT id FROM gate_checklist_item WHERE text_nl = ?", Long.class,
				question);
		assertThat(last(guidance())).isEqualTo(question);
		ChecklistPoint added = this.checklist.of(Phase.VERBREDEN)
			.stream()
			.filter((p) -> p.textNl().equals(question))
			.findFirst()
			.orElseThrow();
		assertThat(added.text(Locale.ENGLISH)).as("Dutch without a translation").isEqualTo(question);

		this.mvc.perform(post("/beheer/checklist/" + id + "/omhoog").with(user(this.beheerder)).with(csrf()))
			.andExpect(redirectedUrl("/beheer/checklist?fase=VERBREDEN#regel-" + id));
		assertThat(last(guidance())).isNotEqualTo(question);
		this.mvc.perform(post("/beheer/checklist/" + id + "/omlaag").with(user(this.beheerder)).with(csrf()));
		assertThat(last(guidance())).isEqualTo(question);

		this.mvc
			.perform(post("/beheer/checklist/" + id).param("textNl", "Wie draagt het verhaal uit? " + this.run)
				.param("textEn", "Who carries the story on?")
				.with(user(this.beheerder))
				.with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "checklist.reworded"));
		Html sheet = Html
			.of(this.mvc.perform(get("/toolkit/printbaar/gatekeepers-checklist").param("fase", "VERBREDEN")));
		assertThat(sheet.text("main")).contains("Wie draagt het verhaal uit? " + this.run).doesNotContain(question);

		this.mvc.perform(post("/beheer/checklist/" + id + "/weghalen").with(user(this.beheerder)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "checklist.retired"));
		assertThat(guidance()).noneMatch((text) -> text.contains(this.run));
		this.mvc.perform(get("/beheer/checklist/" + id).with(user(this.beheerder))).andExpect(status().isNotFound());
	}

	@Test
	void aCoachRoleGoesAmongTheCoachRoles() throws Exception {
		String role = "Verbinden met andere Doetanks " + this.run;
		this.mvc
			.perform(post("/beheer/checklist").param("fase", "SCHETSEN")
				.param("kind", "COACHROL")
				.param("textNl", role)
				.with(user(this.beheerder))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		List<String> roles = this.checklist.of(Phase.SCHETSEN)
			.stream()
			.filter(ChecklistPoint::coachRole)
			.map(ChecklistPoint::textNl)
			.toList();
		assertThat(last(roles)).isEqualTo(role);
		Html page = Html
			.of(this.mvc.perform(get("/beheer/checklist").param("fase", "SCHETSEN").with(user(this.beheerder)))
				.andExpect(status().isOk()));
		assertThat(page.texts("[data-kind=COACHROL] .checklist-line__words")).endsWith(role);
		assertThat(page.texts("[data-kind=CHECKPUNT] .checklist-line__words")).doesNotContain(role);
	}

	@Test
	void aLineWithoutKindOrTextIsSaidAtItsFieldAndAddsNothing() throws Exception {
		String tooLong = "x".repeat(501);
		Html page = Html.of(
				this.mvc
					.perform(post("/beheer/checklist").param("fase", "ADOPTEREN")
						.param("textEn", tooLong)
						.with(user(this.beheerder))
						.with(csrf()))
					.andExpect(status().isOk()));

		assertThat(page.fieldError("kind")).isEqualTo("Kies wat voor regel het is.");
		assertThat(page.fieldError("textNl")).isEqualTo("Schrijf de tekst van de regel.");
		assertThat(page.fieldError("textEn")).isEqualTo("Gebruik hooguit 500 tekens.");
		assertThat(page.value("textEn")).as("what was typed is kept").isEqualTo(tooLong);
		assertThat(page.one("[aria-current=page]").text()).isEqualTo("Adopteren");
	}

	@Test
	void onlyABeheerderRefinesTheChecklist() throws Exception {
		MemberPrincipal coach = this.people.coach("Coby Coach");
		this.mvc.perform(get("/beheer/checklist").with(user(coach))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/beheer/checklist").param("fase", "VERBREDEN")
				.param("kind", "HULPVRAAG")
				.param("textNl", "Niet van mij " + this.run)
				.with(user(coach))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(guidance()).noneMatch((text) -> text.contains(this.run));
	}

	private List<String> guidance() {
		return this.checklist.of(Phase.VERBREDEN)
			.stream()
			.filter((p) -> !p.coachRole())
			.map(ChecklistPoint::textNl)
			.toList();
	}

	private static String last(List<String> texts) {
		return texts.get(texts.size() - 1);
	}

}
