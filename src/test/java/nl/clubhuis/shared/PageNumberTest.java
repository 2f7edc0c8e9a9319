package nl.clubhuis.shared;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** How a page number in an address is read: never an error, never an overflow. */
class PageNumberTest {

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "abc", "0", "-3", "1.5", "2e3", "0x10", "99999999999", "-2147483649" })
	void anythingButAPageNumberIsTheFirstPage(String text) {
		assertThat(PageNumber.parse(text).value()).isEqualTo(1);
	}

	@Test
	void aPageNumberIsReadWithoutSurroundingSpaces() {
		assertThat(PageNumber.parse("2").value()).isEqualTo(2);
		assertThat(PageNumber.parse(" 7 ").value()).isEqualTo(7);
	}

	@Test
	void aHugeNumberIsCappedFarBelowAnOverflowingOffset() {
		PageNumber huge = PageNumber.parse(String.valueOf(Integer.MAX_VALUE));

		assertThat(huge.value()).isEqualTo(PageNumber.MAX);
		assertThat((long) (huge.value() - 1) * 1_000).isLessThan(Integer.MAX_VALUE);
	}

	@Test
	void aNumberPastTheEndGivesTheLastPage() {
		List<Integer> asked = new ArrayList<>();

		Page<String> page = PageNumber.parse("2147483647").fetch((number) -> {
			asked.add(number);
			return threeItemsInPagesOfTwo(number);
		});

		assertThat(page.getNumber()).isEqualTo(1);
		assertThat(page.getContent()).containsExactly("c");
		assertThat(asked).containsExactly(PageNumber.MAX - 1, 1);
	}

	@Test
	void aPageThatExistsIsFetchedOnce() {
		List<Integer> asked = new ArrayList<>();

		Page<String> page = PageNumber.parse("2").fetch((number) -> {
			asked.add(number);
			return threeItemsInPagesOfTwo(number);
		});

		assertThat(page.getContent()).containsExactly("c");
		assertThat(asked).containsExactly(1);
	}

	@Test
	void anEmptyListIsItsFirstPage() {
		Page<String> page = PageNumber.parse("5")
			.fetch((number) -> new PageImpl<>(List.of(), PageRequest.of(number, 2), 0));

		assertThat(page.getContent()).isEmpty();
	}

	@Test
	void aResultThatHoldsAPageIsFetchedAgainForTheLastPage() {
		record Agenda(String title, Page<String> past) {
		}

		Agenda agenda = PageNumber.parse("9")
			.fetch((number) -> new Agenda("mijn", threeItemsInPagesOfTwo(number)), Agenda::past);

		assertThat(agenda.past().getContent()).containsExactly("c");
	}

	private static Page<String> threeItemsInPagesOfTwo(int number) {
		List<String> all = List.of("a", "b", "c");
		List<String> content = all.subList(Math.min(number * 2, 3), Math.min(number * 2 + 2, 3));
		return new PageImpl<>(content, PageRequest.of(number, 2), all.size());
	}

}
