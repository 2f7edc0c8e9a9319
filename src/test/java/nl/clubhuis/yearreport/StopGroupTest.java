package nl.clubhuis.yearreport;

import nl.clubhuis.yearreport.domain.StopGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Stop reasons from the network's history fall in the groups the method names. */
class StopGroupTest {

	@Test
	void theNetworksOwnReasonsFallInTheirGroups() {
		assertThat(StopGroup.of("De gemeente ervoer de leegstand als minder urgent dan de Doetank had aangenomen, "
				+ "waarna de opdrachtgever zich terugtrok."))
			.isEqualTo(StopGroup.MINDER_URGENT);
		assertThat(StopGroup.of("De kernleden vertrokken naar een andere baan.")).isEqualTo(StopGroup.TEAM_VIEL_UIT);
		assertThat(StopGroup.of("Het lukte niet om het probleem terug te brengen tot een behapbare vraag waaraan "
				+ "opdrachtgevers zich wilden verbinden."))
			.isEqualTo(StopGroup.TE_ABSTRACT);
		assertThat(
				StopGroup.of("Het team ontwierp een nieuw beleidsinstrument in plaats van een praktische oplossing."))
			.isEqualTo(StopGroup.OPLOSSING_ZOCHT_PROBLEEM);
		assertThat(StopGroup.of("De probleemdefinitie van de opdrachtgever sprak de professionals niet aan."))
			.isEqualTo(StopGroup.GEEN_OPDRACHTGEVER);
		assertThat(StopGroup.of("Er was draagvlak voor het idee, maar het was te vroeg.")).as("the first group decides")
			.isEqualTo(StopGroup.TE_VROEG);
	}

	/** The stop reasons of the demo data (doetanks-nl.json), word for word. */
	@Test
	void theSeedDataKeepsItsGroups() {
		assertThat(StopGroup.of("De gemeente ervoer de leegstand als minder urgent dan de Doetank had aangenomen, "
				+ "waarna de opdrachtgever zich terugtrok. Die opdrachtgever had bovendien geen beslisbevoegdheid."))
			.isEqualTo(StopGroup.MINDER_URGENT);
		assertThat(StopGroup.of("De kernleden vertrokken naar een andere baan, waardoor niemand het werk kon afmaken."))
			.isEqualTo(StopGroup.TEAM_VIEL_UIT);
		assertThat(StopGroup.of("De probleemdefinitie van de opdrachtgever sprak de professionals niet aan, en de "
				+ "opdrachtgever wilde haar niet opnieuw openbreken."))
			.isEqualTo(StopGroup.GEEN_OPDRACHTGEVER);
		assertThat(StopGroup.of("De voorgestelde oplossing bleek geen geld te besparen, terwijl dat juist het "
				+ "uitgangspunt was. Na de probleemtoets door de coaches is de Doetank opgeheven."))
			.isEqualTo(StopGroup.OPLOSSING_ZOCHT_PROBLEEM);
		assertThat(StopGroup.of("Er was draagvlak voor het idee, maar terechte praktische bezwaren (tijd, middelen, "
				+ "reorganisaties, kwesties in teams) hielden een plaatsing tegen. Conclusie: het was te vroeg, omdat "
				+ "ruimte, middelen en mandaat nog niet geregeld waren."))
			.isEqualTo(StopGroup.TE_VROEG);
		assertThat(StopGroup.of("Er was nog geen centraal coördinatiepunt voor instroomprojecten en collega's en "
				+ "afdelingen gaven weinig steun. Bovendien dekte het Programma Inclusiviteit en Participatie het "
				+ "onderwerp al, zodat de Doetank dubbel werk deed: de start kwam te vroeg."))
			.isEqualTo(StopGroup.TE_VROEG);
		assertThat(StopGroup.of("Het lukte niet om het probleem terug te brengen tot een behapbare vraag waaraan "
				+ "opdrachtgevers zich wilden verbinden."))
			.isEqualTo(StopGroup.TE_ABSTRACT);
		assertThat(StopGroup.of("Het team ontwierp een nieuw beleidsinstrument in plaats van een praktische "
				+ "oplossing voor het probleem zoals het op de werkvloer werd ervaren."))
			.isEqualTo(StopGroup.OPLOSSING_ZOCHT_PROBLEEM);
	}

	@Test
	void aWordInsideAnotherWordIsNotThatWord() {
		assertThat(StopGroup.of("De gemeente vroeg om een ander plan.")).as("gemeen-te vroeg")
			.isEqualTo(StopGroup.OVERIG);
		assertThat(StopGroup.of("De vraag bleef dubbelzinnig.")).isEqualTo(StopGroup.OVERIG);
		assertThat(StopGroup.of("Een opdrachtgeverschap kwam er nooit.")).isEqualTo(StopGroup.OVERIG);
		assertThat(StopGroup.of("Het plan was te vroegtijdig bedacht.")).isEqualTo(StopGroup.OVERIG);
	}

	@Test
	void ordinaryWordsOnlyCountInThePhraseThatTellsTheGroup() {
		assertThat(StopGroup.of("Er werd geen oplossing gevonden voor de financiering.")).isEqualTo(StopGroup.OVERIG);
		assertThat(StopGroup.of("Het idee sloeg niet aan bij de collega's.")).isEqualTo(StopGroup.OVERIG);
		assertThat(StopGroup.of("Het probleem was urgent, maar de kernleden vertrokken."))
			.isEqualTo(StopGroup.TEAM_VIEL_UIT);
		assertThat(StopGroup.of("De opdrachtgever vertrok naar een andere gemeente."))
			.isEqualTo(StopGroup.GEEN_OPDRACHTGEVER);
		assertThat(StopGroup.of("Het team gaf prioriteit aan een ander project, want de ideeën waren op."))
			.isEqualTo(StopGroup.OVERIG);
	}

	@Test
	void wordsMatchWhateverTheirCaseAndWithDutchLetters() {
		assertThat(StopGroup.of("Het TEAM VIEL UIT ELKAAR")).isEqualTo(StopGroup.TEAM_VIEL_UIT);
		assertThat(StopGroup.of("Het team volgde vooral zijn EIGEN IDEEËN.")).as("a stem takes ë")
			.isEqualTo(StopGroup.OPLOSSING_ZOCHT_PROBLEEM);
		assertThat(StopGroup.of("Het bleef té abstract.")).isEqualTo(StopGroup.TE_ABSTRACT);
	}

	@Test
	void aReasonThatNamesNoneIsAnotherReason() {
		assertThat(StopGroup.of("Het regende.")).isEqualTo(StopGroup.OVERIG);
		assertThat(StopGroup.of(null)).isEqualTo(StopGroup.OVERIG);
	}

}
