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

	@Test
	void aReasonThatNamesNoneIsAnotherReason() {
		assertThat(StopGroup.of("Het regende.")).isEqualTo(StopGroup.OVERIG);
		assertThat(StopGroup.of(null)).isEqualTo(StopGroup.OVERIG);
		assertThat(StopGroup.of("Het TEAM VIEL UIT ELKAAR")).isEqualTo(StopGroup.TEAM_VIEL_UIT);
	}

}
