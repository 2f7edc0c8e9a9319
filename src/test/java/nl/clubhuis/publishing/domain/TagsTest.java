package nl.clubhuis.publishing.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tags as a writer types them become a short list of distinct lower-case words. */
class TagsTest {

	@Test
	void typedTagsAreTrimmedLowerCasedAndDistinct() {
		assertThat(Tags.parse("Opschalen, café ,opschalen,  Grand   Café ,,")).containsExactly("opschalen", "café",
				"grand café");
		assertThat(Tags.parse(null)).isEmpty();
		assertThat(Tags.parse(" , ")).isEmpty();
	}

	@Test
	void aTagIsAWordOrTwoOfLettersDigitsSpacesAndHyphens() {
		assertThat(Tags.areValid(List.of("zorg", "co-creatie", "fase 2"))).isTrue();
		assertThat(Tags.areValid(List.of("<niet>"))).isFalse();
		assertThat(Tags.areValid(List.of("x"))).as("too short").isFalse();
		assertThat(Tags.areValid(List.of("a".repeat(Tags.MAX_LENGTH + 1)))).as("too long").isFalse();
		assertThat(Tags.areValid(List.of("-begint-met-streep"))).isFalse();
	}

	@Test
	void atMostSixTags() {
		assertThat(Tags.areValid(List.of("een", "twee", "drie", "vier", "vijf", "zes"))).isTrue();
		assertThat(Tags.areValid(List.of("een", "twee", "drie", "vier", "vijf", "zes", "zeven"))).isFalse();
	}

	@Test
	void tagsAreShownAgainAsTheWriterTypesThem() {
		assertThat(Tags.join(List.of("opschalen", "café"))).isEqualTo("opschalen, café");
	}

}
