package nl.clubhuis.shared.pagecache;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

class RoughSizeTest {

	record Hit(String title, String snippet) {
	}

	private record Hidden(List<String> lines) {
	}

	@Test
	void aLongerTextWeighsMore() {
		assertThat(RoughSize.of("x".repeat(10_000))).isGreaterThanOrEqualTo(10_000)
			.isGreaterThan(RoughSize.of("x".repeat(10)));
	}

	@Test
	void aTextWeighsTwoBytesACharacterAsJavaHoldsOneWithADashOrAnArrow() {
		assertThat(RoughSize.of("→ " + "x".repeat(10_000))).isGreaterThanOrEqualTo(20_000);
	}

	@Test
	void aListOfRecordsWeighsWhatItsTextsWeigh() {
		List<Hit> page = List.of(new Hit("Titel", "a".repeat(1_000)), new Hit("Titel", "b".repeat(1_000)));

		assertThat(RoughSize.of(page)).isGreaterThanOrEqualTo(4_000).isLessThan(5_000);
		assertThat(RoughSize.of(Map.of("hits", page))).isGreaterThan(RoughSize.of(page));
	}

	@Test
	void aPrivateRecordIsWeighedToo() {
		assertThat(RoughSize.of(new Hidden(List.of("c".repeat(5_000))))).isGreaterThanOrEqualTo(5_000);
	}

	@Test
	void aPageOfAListWeighsWhatItHolds() {
		List<Hit> hits = List.of(new Hit("Titel", "a".repeat(1_000)), new Hit("Titel", "b".repeat(1_000)));

		assertThat(RoughSize.of(new PageImpl<>(hits, PageRequest.of(0, 12), 40))).isGreaterThanOrEqualTo(2_000);
	}

	@Test
	void aSmallValueIsSmallAndAnObjectOfAnotherClassCountsOnTheSafeSide() {
		assertThat(RoughSize.of(42L)).isEqualTo(RoughSize.OBJECT);
		assertThat(RoughSize.of(Instant.now())).isEqualTo(RoughSize.OBJECT);
		assertThat(RoughSize.of(new Object())).isEqualTo(RoughSize.UNKNOWN);
	}

	@Test
	void aValueThatHoldsItselfIsWeighedToALimit() {
		List<Object> loop = new ArrayList<>();
		loop.add(loop);
		loop.add(loop);

		assertThat(RoughSize.of(loop)).isPositive().isLessThan(1_000_000);
	}

}
