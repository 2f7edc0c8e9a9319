package nl.clubhuis;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the test JVM (GreenMail, on a free port) and the portal's mail
 * sender pointed at it, as {@code spring.mail.host} would in production. Tests read what
 * arrived through {@link Inbox}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

	@Bean(destroyMethod = "stop")
	GreenMail greenMail() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		return server;
	}

	@Bean
	JavaMailSenderImpl mailSender(GreenMail greenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(greenMail.getSmtp().getPort());
		return sender;
	}

	@Bean
	Inbox inbox(GreenMail greenMail) {
		return new Inbox(greenMail);
	}

}
