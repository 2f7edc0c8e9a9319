package nl.clubhuis.doetank;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A card shows the first sentence of the vraagstuk, whatever punctuation ends it. */
class VraagstukSummaryTest {

	@Test
	void theFirstSentenceEndsAtAFullStopQuestionMarkOrExclamationMark() {
		assertThat(summaryOf("Te veel formulieren. Consulenten zijn er druk mee.")).isEqualTo("Te veel formulieren.");
		assertThat(summaryOf("Moeten gemeenten iets met 3D-printen? De VNG verkende het."))
			.isEqualTo("Moeten gemeenten iets met 3D-printen?");
		assertThat(summaryOf("Eén zin zonder einde")).isEqualTo("Eén zin zonder einde");
	}

	@Test
	void aVeryLongFirstSentenceIsCutWithAnEllipsis() {
		String summary = summaryOf("woord ".repeat(60) + "einde.");

		assertThat(summary).hasSizeLessThanOrEqualTo(178).endsWith("…");
	}

	private static String summaryOf(String vraagstuk) {
		return Doetank
			.fromHistory("test",
					new DoetankDetails("Titel", vraagstuk, null, Theme.DIENSTVERLENING, List.of(), Set.of(), null),
					Phase.INITIEREN, DoetankStatus.ACTIEF, java.time.Instant.now())
			.getVraagstukSummary();
	}

}
