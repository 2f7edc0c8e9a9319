package nl.clubhuis.route;

import nl.clubhuis.doetank.Phase;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The active gatekeepers-overleg checklist, as the database holds it after its
 * migrations, against the network's own table (method.md, "Gatekeepers-overleg table").
 */
@IntegrationTest
class GateChecklistTest {

	@Autowired
	GateChecklist checklist;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void noPhaseAsksTheSameThingTwice() {
		for (Phase phase : Phase.values()) {
			List<ChecklistPoint> questions = questions(phase);
			assertThat(questions).as(phase + " has questions").isNotEmpty();
			assertThat(normalised(questions, ChecklistPoint::textNl)).as(phase + " in Dutch").doesNotHaveDuplicates();
			assertThat(normalised(questions, ChecklistPoint::textEn)).as(phase + " in English").doesNotHaveDuplicates();
		}
	}

	@Test
	void schetsenAsksOnlyOnceWhetherAnOpdrachtgeverRecognisesTheProblem() {
		assertThat(texts(questions(Phase.SCHETSEN))).filteredOn((text) -> text.contains("herken"))
			.containsExactly("is het vraagstuk herkenbaar voor een opdrachtgever?");
		assertThat(checkpoints(Phase.SCHETSEN)).extracting(ChecklistPoint::textNl)
			.contains("Is het vraagstuk herkenbaar voor een opdrachtgever?");
	}

	@Test
	void evaluerenAsksAfterBenefitsCostsAndResultSeparately() {
		assertThat(checkpoints(Phase.EVALUEREN)).extracting(ChecklistPoint::textNl)
			.startsWith("Zijn de baten in beeld?", "Zijn de kosten in beeld?", "Is het resultaat in beeld?");
		assertThat(texts(questions(Phase.EVALUEREN)))
			.noneSatisfy((text) -> assertThat(text).contains("kosten").contains("baten"));
		assertThat(texts(questions(Phase.EVALUEREN)))
			.noneSatisfy((text) -> assertThat(text).contains("kosten").contains("resultaat"));
	}

	@Test
	void adopterenLooksForThePlacesWhereTheProblemPlaysOut() {
		assertThat(guidingQuestions(Phase.ADOPTEREN)).extracting(ChecklistPoint::textNl)
			.anySatisfy((text) -> assertThat(text).contains("testlocaties"))
			.noneSatisfy((text) -> assertThat(text).startsWith("Waar is het probleem gezocht"));
		assertThat(guidingQuestions(Phase.ADOPTEREN)).extracting(ChecklistPoint::textEn)
			.anySatisfy((text) -> assertThat(text).contains("test sites"));
	}

	@Test
	void experimenterenNoLongerRepeatsTheQuestionsOfSchetsen() {
		List<String> schetsen = normalised(questions(Phase.SCHETSEN), ChecklistPoint::textNl);
		assertThat(normalised(questions(Phase.EXPERIMENTEREN), ChecklistPoint::textNl))
			.doesNotContainAnyElementsOf(schetsen);
		assertThat(texts(guidingQuestions(Phase.EXPERIMENTEREN)))
			.anySatisfy((text) -> assertThat(text).contains("experiment te dragen"))
			.anySatisfy((text) -> assertThat(text).contains("nemen jullie waar"));
	}

	@Test
	void everyPhaseSaysWhatTheCoachDoesAsTheSourceTableDoes() {
		Map<Phase, List<String>> expected = new EnumMap<>(Phase.class);
		expected.put(Phase.INITIEREN, List.of("Inzet van je netwerk", "Reflectie op publieke waarde"));
		expected.put(Phase.SCHETSEN, List.of("Reflectie op capaciteit", "Reflectie op herkenning"));
		expected.put(Phase.ADOPTEREN, List.of("Inzet van je netwerk", "Reflectie op omgeving en steun",
				"Formuleren: het plan en de afspraken helpen verwoorden"));
		expected.put(Phase.EXPERIMENTEREN, List.of("Reflectie op capaciteit", "Reflectie op waarnemen"));
		expected.put(Phase.EVALUEREN, List.of("Helpen het resultaat te formuleren", "Kosten en baten zichtbaar maken"));
		expected.put(Phase.VERBREDEN, List.of("Inzet van je netwerk", "Herformuleren van de probleemdefinitie",
				"Abstraheren van de oplossing"));
		for (Phase phase : Phase.values()) {
			List<ChecklistPoint> roles = this.checklist.of(phase).stream().filter(ChecklistPoint::coachRole).toList();
			assertThat(roles).extracting(ChecklistPoint::textNl).as(phase.name()).isEqualTo(expected.get(phase));
			assertThat(roles).extracting(ChecklistPoint::textEn).as(phase.name()).doesNotContainNull();
		}
	}

	@Test
	void theLinesThatWereWrongAreSwitchedOffNotRewritten() {
		for (String replaced : List.of("Zijn baten, kosten en resultaat in beeld?",
				"Zijn de kosten en baten in kaart gebracht?", "Waar is het probleem gezocht, en door wie?",
				"Zou een opdrachtgever het probleem herkennen?")) {
			assertThat(this.jdbc.queryForList("SELECT active FROM gate_checklist_item WHERE text_nl = ?", Boolean.class,
					replaced))
				.as(replaced)
				.containsExactly(false);
		}
	}

	@Test
	void thePrintableChecklistShowsTheCoachRoleBesideTheChecklistInBothLanguages() throws Exception {
		Html dutch = Html
			.of(this.mvc.perform(get("/toolkit/printbaar/gatekeepers-checklist").param("fase", "EVALUEREN"))
				.andExpect(status().isOk()));
		assertThat(dutch.text(".print-sheet .coach-role h3")).isEqualTo("Jouw rol als coach");
		assertThat(dutch.texts(".print-sheet .coach-role li")).containsExactly("Helpen het resultaat te formuleren",
				"Kosten en baten zichtbaar maken");
		assertThat(dutch.texts(".print-table tbody td:first-child")).startsWith("Zijn de baten in beeld?",
				"Zijn de kosten in beeld?", "Is het resultaat in beeld?");
		assertThat(dutch.texts(".print-sheet > ul:not(.print-options) li")).isNotEmpty()
			.doesNotContain("Kosten en baten zichtbaar maken");

		Html english = Html.of(this.mvc.perform(get("/toolkit/printbaar/gatekeepers-checklist?fase=VERBREDEN&lang=en"))
			.andExpect(status().isOk()));
		assertThat(english.text(".print-sheet .coach-role h3")).isEqualTo("Your role as coach");
		assertThat(english.texts(".print-sheet .coach-role li")).containsExactly("Putting your network to work",
				"Reformulating the problem definition", "Abstracting the solution");

		Html all = Html
			.of(this.mvc.perform(get("/toolkit/printbaar/gatekeepers-checklist")).andExpect(status().isOk()));
		assertThat(all.all(".print-sheet .coach-role")).hasSize(Phase.values().length);
		assertThat(all.all(".print-sheet .coach-role h3").eachAttr("id")).doesNotHaveDuplicates();
	}

	private List<ChecklistPoint> questions(Phase phase) {
		return this.checklist.of(phase).stream().filter((point) -> !point.coachRole()).toList();
	}

	private List<ChecklistPoint> checkpoints(Phase phase) {
		return this.checklist.of(phase).stream().filter(ChecklistPoint::checkpoint).toList();
	}

	private List<ChecklistPoint> guidingQuestions(Phase phase) {
		return this.checklist.of(phase).stream().filter(ChecklistPoint::guidingQuestion).toList();
	}

	private static List<String> texts(List<ChecklistPoint> points) {
		return points.stream().map((point) -> point.textNl().toLowerCase(Locale.ROOT)).toList();
	}

	/**
	 * Lower case, letters and digits only, single spaces: "Zijn baten?" equals "zijn
	 * baten".
	 */
	private static List<String> normalised(List<ChecklistPoint> points, Function<ChecklistPoint, String> text) {
		return points.stream()
			.map(text)
			.map((t) -> t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip())
			.toList();
	}

}
