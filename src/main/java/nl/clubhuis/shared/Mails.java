package nl.clubhuis.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Sends mail to one person, in their language, once the change that caused it is
 * committed (at once when there is no transaction). A mail that cannot be sent is logged
 * and never undoes what the person did; without a mail server ({@code spring.mail.host})
 * nothing is sent and the log says so once.
 * <p>
 * A mail's texts are messages: {@code mail.<key>.subject}, {@code mail.<key>.body}
 * (paragraphs separated by an empty line) and, with a link, {@code mail.<key>.action}
 * (the link's label). The arguments fill {@code {0}}, {@code {1}}, ... in all three. The
 * mail goes out as plain text with simple HTML beside it; a link is a path on the portal
 * ({@code /agenda/...}) that gets the portal's public address ({@code clubhuis.base-url})
 * in front. A mail may also carry a Reply-To address and a second, smaller link
 * ({@link Extras}), labelled by {@code mail.<key>.secondAction}.
 */
@Service
public class Mails {

	private final ApplicationEventPublisher events;

	Mails(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * @param to the address
	 * @param locale the language to write in
	 * @param key the mail's texts in the message bundles ({@code mail.<key>.*})
	 * @param link a path on the portal the mail leads to, or {@code null}
	 * @param arguments what fills the texts' placeholders
	 */
	public void send(String to, Locale locale, String key, String link, Object... arguments) {
		send(Extras.NONE, to, locale, key, link, arguments);
	}

	/** Like {@link #send(String, Locale, String, String, Object...)}, with extras. */
	public void send(Extras extras, String to, Locale locale, String key, String link, Object... arguments) {
		this.events.publishEvent(new OutgoingMail(to, locale, key, link, List.of(arguments), extras));
	}

	/**
	 * What only some mails carry.
	 *
	 * @param replyTo the address an answer goes to (a member who chose to share it), or
	 * {@code null} for none
	 * @param secondLink a second path on the portal, below the first link (for example to
	 * report the mail), or {@code null} for none
	 * @param unsubscribeLink a path on the portal that turns this kind of mail off with
	 * one click (RFC 8058: the List-Unsubscribe headers), or {@code null} for none
	 */
	public record Extras(String replyTo, String secondLink, String unsubscribeLink) {

		public static final Extras NONE = new Extras(null, null, null);

		public Extras(String replyTo, String secondLink) {
			this(replyTo, secondLink, null);
		}

		/**
		 * A mail one can unsubscribe from: the headers, and the same link visible as the
		 * second link ({@code mail.<key>.secondAction}).
		 */
		public static Extras unsubscribe(String link) {
			return new Extras(null, link, link);
		}

	}

	/** A mail waiting for its transaction to commit. */
	record OutgoingMail(String to, Locale locale, String key, String link, List<Object> arguments, Extras extras) {

		OutgoingMail(String to, Locale locale, String key, String link, List<Object> arguments) {
			this(to, locale, key, link, arguments, Extras.NONE);
		}

	}

}
