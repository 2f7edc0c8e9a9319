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

	@Test
	void codeKeepsItsTextAlsoInABlockACutLeftOpen() {
		assertThat(Markdown.words("Roep `__init__` aan.")).isEqualTo("Roep __init__ aan.");
		assertThat(Markdown.words("Zie hier:\n\n```\nvraagstuk oplossen")).isEqualTo("Zie hier: vraagstuk oplossen");
		assertThat(Markdown.words("staat hier ook\n```\n\nen meer tekst erna"))
			.isEqualTo("staat hier ook en meer tekst erna");
	}

	@Test
	void tableCellsStaySeparateWords() {
		assertThat(Markdown.words("| Naam | Rol |\n|---|---|\n| Lisa | trekker |")).isEqualTo("Naam Rol Lisa trekker");
	}

	@Test
	void aCharacterReferenceCannotBecomeTheMarkOfASearchMatch() {
		assertThat(Markdown.words("&#2;tekst&#x03; en &#002;meer")).isEqualTo("tekst en meer");
	}

}
