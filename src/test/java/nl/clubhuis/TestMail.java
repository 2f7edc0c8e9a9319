package nl.clubhuis;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server for tests: keeps what the portal sends, so a test can read the mail a
 * member would get.
 */
@TestComponent
public class TestMail extends JavaMailSenderImpl {

	private final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

	@Override
	public void send(SimpleMailMessage message) {
		this.sent.add(message);
	}

	@Override
	public void send(SimpleMailMessage... messages) {
		this.sent.addAll(List.of(messages));
	}

	public List<SimpleMailMessage> sentTo(String address) {
		return this.sent.stream().filter((m) -> m.getTo() != null && List.of(m.getTo()).contains(address)).toList();
	}

}
