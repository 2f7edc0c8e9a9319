package nl.clubhuis.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A search snippet as a member sees it: the words around the match, the match marked. */
class SnippetsTest {

	@Test
	void aSnippetShowsWordsNotMarkdownWithTheMatchMarked() {
		String marked = "## Wat we leerden\n\nWe **hebben** het " + Snippets.START + "vraagstuk" + Snippets.STOP
				+ " met een [werkvorm](https://example.org/w) aangepakt";

		assertThat(Snippets.toHtml(marked))
			.isEqualTo("Wat we leerden We hebben het <mark>vraagstuk</mark> met een werkvorm aangepakt");
	}

	@Test
	void whatMembersWroteIsEscapedBeforeTheMarksAreAdded() {
		String marked = "<script>alert(1)</script> " + Snippets.START + "vraagstuk" + Snippets.STOP;

		assertThat(Snippets.toHtml(marked)).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>vraagstuk</mark>");
	}

}
