package nl.clubhuis;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The mail that reached the test SMTP server, read as a member would: subject, plain
 * text, HTML and the links in it. Mail leaves after the commit on a thread of its own, so
 * reading waits a little for it.
 */
public class Inbox {

	/**
	 * Long enough for a machine busy with other builds (a mail that arrives costs no
	 * waiting; only a missing one waits this long).
	 */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final GreenMail server;

	Inbox(GreenMail server) {
		this.server = server;
	}

	/**
	 * Every mail to this address so far, oldest first; does not wait. Reads only this
	 * address's own mailbox: scanning every mail of the suite ten times a second kept the
	 * test SMTP server too busy to take new mail.
	 */
	public List<Mail> to(String address) {
		GreenMailUser user = this.server.getUserManager().getUserByEmail(address);
		if (user == null) {
			user = this.server.getUserManager().getUserByEmail(address.toLowerCase(Locale.ROOT));
		}
		if (user == null) {
			return List.of();
		}
		List<StoredMessage> stored = copyOfInbox(user);
		List<Mail> mails = new ArrayList<>();
		for (StoredMessage message : stored) {
			if (message != null) {
				mails.add(read(message.getMimeMessage()));
			}
		}
		return mails;
	}

	/** A copy of the live mailbox, taken again when a mail arrives while copying. */
	private List<StoredMessage> copyOfInbox(GreenMailUser user) {
		while (true) {
			try {
				return new ArrayList<>(this.server.getManagers().getImapHostManager().getInbox(user).getMessages());
			}
			catch (ConcurrentModificationException ex) {
				Thread.onSpinWait();
			}
			catch (FolderException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * Waits until this address has received {@code count} mails, and returns them all.
	 */
	public List<Mail> await(String address, int count) {
		Instant deadline = Instant.now().plus(PATIENCE);
		List<Mail> mails = to(address);
		while (mails.size() < count && Instant.now().isBefore(deadline)) {
			sleep();
			mails = to(address);
		}
		if (mails.size() < count) {
			throw new AssertionError("expected " + count + " mail(s) to " + address + " but got " + mails.size());
		}
		return mails;
	}

	/** Waits for the first mail to this address. */
	public Mail awaitOne(String address) {
		return await(address, 1).get(0);
	}

	/** Waits for the mail queue to be empty, so a test can say a mail did not come. */
	public void settle() {
		int seen = -1;
		int now = this.server.getReceivedMessages().length;
		while (seen != now) {
			sleep();
			seen = now;
			now = this.server.getReceivedMessages().length;
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Who a received mail is addressed to. */
	static String recipients(MimeMessage message) {
		try {
			return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Mail read(MimeMessage message) {
		try {
			return parse(message);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Mail parse(MimeMessage message) throws MessagingException, IOException {
		StringBuilder text = new StringBuilder();
		StringBuilder html = new StringBuilder();
		collect(message, text, html);
		List<String> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(text);
		while (matcher.find()) {
			links.add(matcher.group());
		}
		String[] replyTo = message.getHeader("Reply-To");
		String[] unsubscribe = message.getHeader("List-Unsubscribe");
		String[] unsubscribePost = message.getHeader("List-Unsubscribe-Post");
		return new Mail(message.getSubject(), message.getFrom()[0].toString(), text.toString(), html.toString(), links,
				(replyTo != null) ? String.join(", ", replyTo) : null, (unsubscribe != null) ? unsubscribe[0] : null,
				(unsubscribePost != null) ? unsubscribePost[0] : null);
	}

	private static void collect(Part part, StringBuilder text, StringBuilder html)
			throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			text.append(part.getContent());
		}
		else if (part.isMimeType("text/html")) {
			html.append(part.getContent());
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				collect(body, text, html);
			}
		}
	}

	/**
	 * One mail as received.
	 *
	 * @param links every web address in the plain text, in order
	 * @param replyTo the Reply-To header as sent, or {@code null} when the mail has none
	 * (read from the header: JavaMail's own answer falls back to the sender)
	 * @param listUnsubscribe the List-Unsubscribe header, or {@code null}
	 * @param listUnsubscribePost the List-Unsubscribe-Post header, or {@code null}
	 */
	public record Mail(String subject, String from, String text, String html, List<String> links, String replyTo,
			String listUnsubscribe, String listUnsubscribePost) {

		/**
		 * The path and query of the first link that contains this, to follow with
		 * MockMvc.
		 */
		public String pathOfLink(String containing) {
			return this.links.stream()
				.filter((link) -> link.contains(containing))
				.findFirst()
				.map((link) -> link.replaceFirst("^https?://[^/]+", ""))
				.orElseThrow(() -> new AssertionError("no link with " + containing + " in " + this.links));
		}

	}

}
