package nl.clubhuis.shared;

import java.util.Locale;

import nl.clubhuis.shared.DutchWords.Part;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class DutchWordsTest {

	private final DutchWords words = new DutchWords(messages());

	@Test
	void membersWordsInASentenceOfThePortalAreTheDutchParts() {
		assertThat(this.words.in(Locale.ENGLISH, "blog", "Wat we leerden", "Zorg & Welzijn")).containsExactly(
				new Part("New on the blog of ", false), new Part("Zorg & Welzijn", true), new Part(": ", false),
				new Part("Wat we leerden", true));
	}

	@Test
	void aPartInThePagesLanguageJoinsTheSentenceAroundIt() {
		assertThat(this.words.in(Locale.ENGLISH, "answered", "{1} it's mine", DutchWords.plain("Tuesday 3 March")))
			.containsExactly(new Part("Answer to “", false), new Part("{1} it's mine", true),
					new Part("” on Tuesday 3 March.", false));
	}

	@Test
	void aWordUsedTwiceIsMarkedTwiceAndASentenceWithoutWordsIsOnePart() {
		assertThat(this.words.in(Locale.ENGLISH, "twice", "Kwaakbrug")).containsExactly(new Part("Kwaakbrug", true),
				new Part(" and ", false), new Part("Kwaakbrug", true));
		assertThat(this.words.in(Locale.ENGLISH, "none")).containsExactly(new Part("Nothing here", false));
	}

	@Test
	void anEmptyArgumentLeavesNoEmptyPartAndNoSpaceAtTheEnd() {
		assertThat(this.words.in(Locale.ENGLISH, "calledOff", "Café", "")).containsExactly(new Part("Café", true),
				new Part(" is called off.", false));
	}

	@Test
	void aNumberChoosesTheWordsAndAMessageArgumentIsInThePagesLanguage() {
		assertThat(this.words.in(Locale.ENGLISH, "requests", 2, "Kennisbehoud"))
			.containsExactly(new Part("2 requests to join ", false), new Part("Kennisbehoud", true));
		assertThat(this.words.in(Locale.ENGLISH, "review", "Kennisbehoud",
				new DefaultMessageSourceResolvable("phase.SCHETSEN")))
			.containsExactly(new Part("Kennisbehoud", true), new Part(" asks for an overleg (phase Schetsen)", false));
	}

	@Test
	void aMissingMessageShowsItsKeyAsThymeleafDoes() {
		assertThat(this.words.in(Locale.ENGLISH, "missing", "Kwaakbrug"))
			.containsExactly(new Part("??missing_en??", false));
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("blog", Locale.ENGLISH, "New on the blog of {1}: {0}");
		messages.addMessage("answered", Locale.ENGLISH, "Answer to “{0}” on {1}.");
		messages.addMessage("twice", Locale.ENGLISH, "{0} and {0}");
		messages.addMessage("none", Locale.ENGLISH, "Nothing here");
		messages.addMessage("requests", Locale.ENGLISH, "{0,choice,1#1 request|1<{0} requests} to join {1}");
		messages.addMessage("review", Locale.ENGLISH, "{0} asks for an overleg (phase {1})");
		messages.addMessage("phase.SCHETSEN", Locale.ENGLISH, "Schetsen");
		messages.addMessage("calledOff", Locale.ENGLISH, "{0} is called off. {1}");
		return messages;
	}

}
