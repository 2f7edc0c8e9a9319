package nl.clubhuis.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What members write is Dutch, whatever language the page is in, so a screen reader must
 * read it as Dutch (WCAG 2.1, 3.1.2 language of parts). Where members' words stand alone
 * the template marks their element {@code lang="nl"}; where they stand inside one of the
 * portal's own sentences ("New on the blog of {1}: {0}") this splits the sentence into
 * parts, and {@code fragments/dutch :: sentence} writes each of the members' words in a
 * {@code <span lang="nl">}. Thymeleaf allows no bean in a fragment's parameters, so a
 * template takes the parts in a {@code th:with} around the element:
 * {@code <th:block th:with="sentence=${@dutchWords.in(key, doetank.title)}">} and inserts
 * {@code ~{fragments/dutch :: sentence(${sentence})}} in it.
 */
@Component("dutchWords")
public class DutchWords {

	private static final char OPEN = '\uE000';

	private static final char CLOSE = '\uE001';

	private final MessageSource messages;

	DutchWords(MessageSource messages) {
		this.messages = messages;
	}

	/** An argument in the page's own language (a day, a number), not marked. */
	public static Plain plain(Object text) {
		return new Plain(String.valueOf(text));
	}

	/** Text in the page's language among members' words. */
	public record Plain(String text) {
	}

	/** A piece of a sentence: members' words or the portal's own. */
	public record Part(String text, boolean dutch) {
	}

	/**
	 * The message {@code key} in the request's language; each argument is members' words
	 * unless given as {@link #plain}, a number or a message of its own
	 * ({@link MessageSourceResolvable}).
	 */
	public List<Part> in(String key, Object... arguments) {
		return in(LocaleContextHolder.getLocale(), key, arguments);
	}

	/** The message {@code key} in {@code locale}, in parts. */
	public List<Part> in(Locale locale, String key, Object... arguments) {
		// Numbers stay themselves ({0,choice,...}); the rest become placeholders.
		Object[] placeholders = new Object[arguments.length];
		for (int i = 0; i < placeholders.length; i++) {
			placeholders[i] = (arguments[i] instanceof Number) ? arguments[i] : OPEN + Integer.toString(i) + CLOSE;
		}
		// As Thymeleaf shows a missing message, rather than failing the page.
		String sentence = this.messages.getMessage(key, placeholders, "??" + key + "_" + locale + "??", locale).strip();
		List<Part> parts = new ArrayList<>();
		int from = 0;
		for (int open = sentence.indexOf(OPEN); open >= 0; open = sentence.indexOf(OPEN, from)) {
			int close = sentence.indexOf(CLOSE, open);
			Object argument = arguments[Integer.parseInt(sentence.substring(open + 1, close))];
			addOwn(parts, sentence.substring(from, open));
			if (argument instanceof Plain plain) {
				addOwn(parts, plain.text());
			}
			else if (argument instanceof MessageSourceResolvable message) {
				addOwn(parts, this.messages.getMessage(message, locale));
			}
			else if (argument != null && !argument.toString().isEmpty()) {
				parts.add(new Part(argument.toString(), true));
			}
			from = close + 1;
		}
		addOwn(parts, sentence.substring(from));
		int last = parts.size() - 1;
		if (last >= 0 && !parts.get(last).dutch()) {
			parts.set(last, new Part(parts.get(last).text().stripTrailing(), false));
		}
		return parts;
	}

	private static void addOwn(List<Part> parts, String text) {
		if (text.isEmpty()) {
			return;
		}
		int last = parts.size() - 1;
		if (last >= 0 && !parts.get(last).dutch()) {
			parts.set(last, new Part(parts.get(last).text() + text, false));
		}
		else {
			parts.add(new Part(text, false));
		}
	}

}
