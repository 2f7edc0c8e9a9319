package nl.clubhuis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Runs the portal locally with demo data on a real PostgreSQL that keeps its data in
 * .data/ between runs: {@code ./mvnw spring-boot:test-run}. Mail goes to a real SMTP
 * server in the same JVM (GreenMail), and every mail that arrives is written to the log
 * with its links, so you can follow a verification or password link.
 */
public class TestClubhuisApplication {

	public static void main(String[] args) {
		// The mail log below says what arrived; GreenMail's own notes would only hide it.
		System.setProperty("logging.level.com.icegreen", "warn");
		SpringApplication.from(ClubhuisApplication::main)
			.with(LocalDatabase.class, LocalMail.class)
			.withAdditionalProfiles("demo")
			.run(args);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class LocalDatabase {

		@Bean
		JdbcConnectionDetails jdbcConnectionDetails() {
			return TestDatabaseConfiguration.details(PostgresForTests.persistentIn(Path.of(".data")));
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	@Import(TestMailServer.class)
	static class LocalMail {

		private static final Logger log = LoggerFactory.getLogger("MAIL");

		/** Looks for new mail every second and logs it. */
		@Bean(destroyMethod = "shutdownNow")
		ScheduledExecutorService mailLog(GreenMail greenMail) {
			ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
			NewMail newMail = new NewMail();
			poller.scheduleWithFixedDelay(() -> newMail.among(greenMail.getReceivedMessages()).forEach((message) -> {
				Inbox.Mail mail = Inbox.read(message);
				log.info("\n--- Mail to {}: {}\n{}\n--- Links: {}", Inbox.recipients(message), mail.subject(),
						mail.text(), mail.links());
			}), 1, 1, TimeUnit.SECONDS);
			return poller;
		}

	}

	/**
	 * The mails not seen before. GreenMail lists what arrived mailbox by mailbox, not in
	 * the order it arrived, and keeps a copy per recipient: a mail is known by its
	 * Message-ID, not by its place in the list.
	 */
	static class NewMail {

		private final Set<String> seen = new HashSet<>();

		List<MimeMessage> among(MimeMessage[] received) {
			List<MimeMessage> fresh = new ArrayList<>();
			for (MimeMessage message : received) {
				if (this.seen.add(idOf(message))) {
					fresh.add(message);
				}
			}
			return fresh;
		}

		private static String idOf(MimeMessage message) {
			try {
				String id = message.getMessageID();
				return (id != null) ? id : "object-" + System.identityHashCode(message);
			}
			catch (MessagingException ex) {
				return "object-" + System.identityHashCode(message);
			}
		}

	}

}
