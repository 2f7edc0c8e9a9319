package nl.clubhuis.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A kind counts at most {@link Search#MOST_PER_KIND} hits and says when it has more. */
class SearchResultsTest {

	private static final long MORE = Search.MOST_PER_KIND + 1;

	@Test
	void aKindWithMoreHitsThanCountedSaysSo() {
		SearchResults results = new SearchResults(List.of(), Map.of("profiel", MORE, "vraag", 3L), "", null);

		assertThat(results.count("profiel")).isEqualTo(Search.MOST_PER_KIND);
		assertThat(results.more("profiel")).isTrue();
		assertThat(results.count("vraag")).isEqualTo(3);
		assertThat(results.more("vraag")).isFalse();
	}

	@Test
	void theTotalOfAllKindsAddsWhatIsCountedAndSaysWhenThereIsMore() {
		SearchResults results = new SearchResults(List.of(), Map.of("profiel", MORE, "vraag", 3L), "", null);

		assertThat(results.total()).isEqualTo(Search.MOST_PER_KIND + 3);
		assertThat(results.moreThanTotal()).isTrue();
	}

	@Test
	void theTotalOfOneKindIsThatKindsCount() {
		SearchResults results = new SearchResults(List.of(), Map.of("profiel", MORE, "vraag", 3L), "vraag", null);

		assertThat(results.total()).isEqualTo(3);
		assertThat(results.moreThanTotal()).isFalse();
	}

	@Test
	void exactlyAsManyAsAreCountedIsNotMore() {
		SearchResults results = new SearchResults(List.of(), Map.of("profiel", (long) Search.MOST_PER_KIND), "", null);

		assertThat(results.total()).isEqualTo(Search.MOST_PER_KIND);
		assertThat(results.moreThanTotal()).isFalse();
	}

}
