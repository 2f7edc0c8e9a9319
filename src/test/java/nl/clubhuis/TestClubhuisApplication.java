package nl.clubhuis;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
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
		ScheduledExecutorService mailLog(GreenMail greenMail, Inbox inbox) {
			ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
			int[] logged = { 0 };
			poller.scheduleWithFixedDelay(() -> {
				MimeMessage[] received = greenMail.getReceivedMessages();
				for (int i = logged[0]; i < received.length; i++) {
					Inbox.Mail mail = Inbox.read(received[i]);
					log.info("\n--- Mail to {}: {}\n{}\n--- Links: {}", Inbox.recipients(received[i]), mail.subject(),
							mail.text(), mail.links());
				}
				logged[0] = received.length;
			}, 1, 1, TimeUnit.SECONDS);
			return poller;
		}

	}

}
