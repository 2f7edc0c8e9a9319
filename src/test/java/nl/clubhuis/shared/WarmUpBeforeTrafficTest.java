package nl.clubhuis.shared;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before an instance takes traffic it asks itself for its main pages once; a page that
 * fails is reported and does not stop the others (or the start).
 */
class WarmUpBeforeTrafficTest {

	private final List<String> asked = new CopyOnWriteArrayList<>();

	private HttpServer instance;

	@BeforeEach
	void startInstance() throws IOException {
		this.instance = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.instance.createContext("/", (exchange) -> {
			this.asked.add(exchange.getRequestURI() + " " + exchange.getRequestHeaders().getFirst("Accept"));
			int status = exchange.getRequestURI().getPath().equals("/kapot") ? 500 : 200;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.instance.start();
	}

	@AfterEach
	void stopInstance() {
		this.instance.stop(0);
	}

	@Test
	void asksForEveryPageAsABrowserWouldAndReportsTheOnesThatFailed() {
		WarmUpBeforeTraffic warmUp = new WarmUpBeforeTraffic(null, List.of("/", "/kapot", "/zoeken?q=doetank"));

		List<String> failed = warmUp.warmUp(this.instance.getAddress().getPort());

		assertThat(this.asked).containsExactlyInAnyOrder("/ text/html", "/kapot text/html",
				"/zoeken?q=doetank text/html");
		assertThat(failed).containsExactly("/kapot");
	}

	@Test
	void asksForTwoPagesAtOnce() throws Exception {
		CountDownLatch bothAsked = new CountDownLatch(2);
		HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		slow.setExecutor(Executors.newCachedThreadPool());
		slow.createContext("/", (exchange) -> {
			bothAsked.countDown();
			try {
				// answers only once the other page is asked for too
				int status = bothAsked.await(10, TimeUnit.SECONDS) ? 200 : 503;
				exchange.sendResponseHeaders(status, -1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
		});
		slow.start();
		try {
			List<String> failed = new WarmUpBeforeTraffic(null, List.of("/", "/agenda"))
				.warmUp(slow.getAddress().getPort());

			assertThat(failed).as("both answered, so both were asked at once").isEmpty();
		}
		finally {
			slow.stop(0);
		}
	}

	@Test
	void aPathThatIsNoAddressIsReportedAndTheOthersAreStillAsked() {
		WarmUpBeforeTraffic warmUp = new WarmUpBeforeTraffic(null, List.of("/zoeken?q=doe tank", "/agenda"));

		List<String> failed = warmUp.warmUp(this.instance.getAddress().getPort());

		assertThat(failed).containsExactly("/zoeken?q=doe tank");
		assertThat(this.asked).containsExactly("/agenda text/html");
	}

	@Test
	void anInstanceThatRefusesTheConnectionIsReported() {
		int closedPort = this.instance.getAddress().getPort();
		this.instance.stop(0);

		List<String> failed = new WarmUpBeforeTraffic(null, List.of("/")).warmUp(closedPort);

		assertThat(failed).containsExactly("/");
	}

}
