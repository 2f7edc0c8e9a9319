package nl.clubhuis.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The mail server the portal sends through, if one is set ({@code spring.mail.host}).
 * Known by the sender's host rather than by whether Spring Boot made a sender: the
 * AOT-processed jar always has that bean (its conditions were decided at build time, see
 * the pom), with or without a host.
 */
@Component
class MailServer {

	private final ObjectProvider<JavaMailSender> sender;

	MailServer(ObjectProvider<JavaMailSender> sender) {
		this.sender = sender;
	}

	/** The sender, or null while no mail server is set. */
	JavaMailSender senderOrNull() {
		JavaMailSender sender = this.sender.getIfAvailable();
		boolean withoutHost = sender instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost());
		return withoutHost ? null : sender;
	}

}
