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
		assertThat(SeedMapping.status("active", Phase.ADOPTEREN)).isEqualTo(DoetankStatus.ACTIEF);
		assertThat(SeedMapping.status("completed", Phase.VERBREDEN)).as("the route was completed")
			.isEqualTo(DoetankStatus.AFGEROND);
		assertThat(SeedMapping.status("completed", Phase.EVALUEREN)).as("delivered its result and closed earlier")
			.isEqualTo(DoetankStatus.AFGESLOTEN);
		assertThat(SeedMapping.status("completed", Phase.INITIEREN)).isEqualTo(DoetankStatus.AFGESLOTEN);
		assertThat(SeedMapping.status("scaling", Phase.VERBREDEN)).as("still spreading: in verbreden")
			.isEqualTo(DoetankStatus.ACTIEF);
		assertThat(SeedMapping.status("stopped", Phase.ADOPTEREN)).isEqualTo(DoetankStatus.GESTOPT);
		assertThat(SeedMapping.status("unknown", Phase.INITIEREN)).isEqualTo(DoetankStatus.ACTIEF);
		assertThat(SeedMapping.status(null, Phase.INITIEREN)).isEqualTo(DoetankStatus.ACTIEF);
	}

	@Test
	void typeCodesReadAsOneLine() {
		assertThat(SeedMapping.typology(List.of("MO", "OB"))).isEqualTo("MO · OB");
		assertThat(SeedMapping.typology(List.of())).isNull();
	}

}
