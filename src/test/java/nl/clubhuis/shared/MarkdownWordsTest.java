package nl.clubhuis.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What is left of Markdown when only its words are shown (search snippets). */
class MarkdownWordsTest {

	@Test
	void markupIsLeftOutAndLinksKeepTheirText() {
		String markdown = """
				## Wat we leerden

				We **hebben** een [werkvorm](https://example.org/werkvorm) _getest_ met `code`.

				- punt een
				- punt twee

				> een citaat
				""";

		assertThat(Markdown.words(markdown))
			.isEqualTo("Wat we leerden We hebben een werkvorm getest met code. punt een punt twee een citaat");
	}

	@Test
	void whatACutLeavesOfMarkupIsLeftOutToo() {
		assertThat(Markdown.words("rden** resultaten en [de link](https://example.org/a"))
			.isEqualTo("rden resultaten en de link");
		assertThat(Markdown.words("laatste stap](https://example.org/b) en verder __niet"))
			.isEqualTo("laatste stap en verder niet");
	}

	@Test
	void plainWordsAndTheirPunctuationStayAsTheyAre() {
		assertThat(Markdown.words("Een vraag [zonder link] en 3 * 4 = 12, snake_case blijft."))
			.isEqualTo("Een vraag [zonder link] en 3 * 4 = 12, snake_case blijft.");
		assertThat(Markdown.words(null)).isEmpty();
	}

}
