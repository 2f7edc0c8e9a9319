package nl.clubhuis.demo;

import java.util.List;

import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeedMappingTest {

	@Test
	void theFurthestPhaseReachedIsTheCurrentPhase() {
		assertThat(SeedMapping.phase(0)).isEqualTo(Phase.INITIEREN);
		assertThat(SeedMapping.phase(2)).isEqualTo(Phase.ADOPTEREN);
		assertThat(SeedMapping.phase(5)).isEqualTo(Phase.VERBREDEN);
		assertThat(SeedMapping.phase(null)).as("unknown").isEqualTo(Phase.INITIEREN);
	}

	@Test
	void seedStatusesMapToPortalStatuses() {
		assertThat(SeedMapping.status("active")).isEqualTo(DoetankStatus.ACTIEF);
		assertThat(SeedMapping.status("completed")).isEqualTo(DoetankStatus.AFGEROND);
		assertThat(SeedMapping.status("scaling")).isEqualTo(DoetankStatus.AFGEROND);
		assertThat(SeedMapping.status("stopped")).isEqualTo(DoetankStatus.GESTOPT);
		assertThat(SeedMapping.status("unknown")).isEqualTo(DoetankStatus.ACTIEF);
		assertThat(SeedMapping.status(null)).isEqualTo(DoetankStatus.ACTIEF);
	}

	@Test
	void typeCodesReadAsOneLine() {
		assertThat(SeedMapping.typology(List.of("MO", "OB"))).isEqualTo("MO · OB");
		assertThat(SeedMapping.typology(List.of())).isNull();
	}

}
