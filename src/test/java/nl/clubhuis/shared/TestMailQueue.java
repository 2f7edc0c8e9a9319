package nl.clubhuis.shared;

import org.springframework.context.ApplicationContext;

/**
 * Lets a test wait until every mail written so far has left or failed, so what it then
 * reads of the mail's health is not changed under it by a mail of an earlier test.
 */
public final class TestMailQueue {

	private TestMailQueue() {
	}

	public static void drain(ApplicationContext context) throws Exception {
		context.getBean(MailDelivery.class).awaitSent();
	}

}
