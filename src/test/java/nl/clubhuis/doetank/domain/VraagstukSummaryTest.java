package nl.clubhuis.doetank.domain;

import nl.clubhuis.doetank.DoetankCard;
import nl.clubhuis.doetank.DoetankDetails;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.Theme;

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

	@Test
	void aCardShowsWhatTheCardFragmentNeedsAndNotTheTeam() {
		Doetank doetank = Doetank.fromHistory("minder-formulieren",
				new DoetankDetails("Minder formulieren", "Te veel formulieren. Consulenten zijn er druk mee.", null,
						Theme.DIENSTVERLENING, List.of(), Set.of(LookingFor.LEDEN), null),
				Phase.ADOPTEREN, DoetankStatus.ACTIEF, java.time.Instant.now());

		DoetankCard card = doetank.card();

		assertThat(card.slug()).isEqualTo("minder-formulieren");
		assertThat(card.path()).isEqualTo("/doetanks/minder-formulieren");
		assertThat(card.title()).isEqualTo("Minder formulieren");
		assertThat(card.phase()).isEqualTo(Phase.ADOPTEREN);
		assertThat(card.status()).isEqualTo(DoetankStatus.ACTIEF);
		assertThat(card.theme()).isEqualTo(Theme.DIENSTVERLENING);
		assertThat(card.vraagstukSummary()).isEqualTo("Te veel formulieren.");
		assertThat(card.lookingFor()).containsExactly(LookingFor.LEDEN);
		assertThat(card.phases()).containsExactly(Phase.values());
	}

	private static String summaryOf(String vraagstuk) {
		return Doetank
			.fromHistory("test",
					new DoetankDetails("Titel", vraagstuk, null, Theme.DIENSTVERLENING, List.of(), Set.of(), null),
					Phase.INITIEREN, DoetankStatus.ACTIEF, java.time.Instant.now())
			.getVraagstukSummary();
	}

}
