package nl.clubhuis.agenda.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Fewer places: the first to register keep theirs, the rest queue in their order. */
class CapacityCutTest {

	private static final List<String> COMING = List.of("Anna", "Bert", "Cem");

	@Test
	void theLastToRegisterMoveInTheirOrder() {
		CapacityCut<String> cut = CapacityCut.of(COMING, 1);

		assertThat(cut.keep()).containsExactly("Anna");
		assertThat(cut.move()).containsExactly("Bert", "Cem");
		assertThat(cut.movesAnyone()).isTrue();
	}

	@Test
	void enoughPlacesOrNoLimitMoveNobody() {
		assertThat(CapacityCut.of(COMING, 3).movesAnyone()).isFalse();
		assertThat(CapacityCut.of(COMING, 10).keep()).containsExactly("Anna", "Bert", "Cem");
		assertThat(CapacityCut.of(COMING, null).movesAnyone()).isFalse();
		assertThat(CapacityCut.of(List.of(), 1).movesAnyone()).isFalse();
	}

	@Test
	void namesCanStandInForTheRegistrations() {
		assertThat(CapacityCut.of(COMING, 2).map(String::length).move()).containsExactly(3);
	}

}
