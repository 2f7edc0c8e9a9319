package nl.clubhuis.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Asks this instance for its main pages once before it says it is ready. The first time a
 * page is drawn costs seconds (Hibernate translates each query once, Thymeleaf parses
 * each template once, the JVM compiles); a member who would be the first after a restart
 * waited that long. Spring Boot turns the readiness probe
 * ({@code /actuator/health/readiness}, what the load balancer checks) to "accepting
 * traffic" only after runners like this one, so the balancer sends members to a warm
 * instance. It runs after the other runners (the demo data). A page that fails is logged
 * and skipped, and after a minute the pages not yet asked for are skipped too: it never
 * keeps the instance from starting. The pages are those of
 * {@code clubhuis.warm-up.paths}, asked anonymously (so they also fill the page cache);
 * an empty list or a context without a web server (MockMvc tests) skips this.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class WarmUpBeforeTraffic implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WarmUpBeforeTraffic.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/**
	 * How many pages are asked for at once: measured on two cores, 9.1 s to ready became
	 * 8.7.
	 */
	static final int AT_ONCE = 2;

	/** After this, the pages not yet asked for are skipped (and reported). */
	private static final Duration TOTAL_TIME = Duration.ofSeconds(60);

	private final ApplicationContext context;

	private final List<String> paths;

	WarmUpBeforeTraffic(ApplicationContext context, @Value("${clubhuis.warm-up.paths:}") List<String> paths) {
		this.context = context;
		this.paths = paths;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!this.paths.isEmpty() && this.context instanceof WebServerApplicationContext web
				&& web.getWebServer() != null && web.getWebServer().getPort() > 0) {
			warmUp(web.getWebServer().getPort());
		}
	}

	/**
	 * Asks for the pages on this machine's {@code port}, {@link #AT_ONCE} at a time
	 * (drawing a first page waits on the database as well as the CPU); returns those not
	 * answering 200, in the order of the list.
	 */
	List<String> warmUp(int port) {
		long start = System.nanoTime();
		long deadline = start + TOTAL_TIME.toNanos();
		ExecutorService askers = Executors.newFixedThreadPool(AT_ONCE);
		try {
			List<Future<Boolean>> answered = this.paths.stream()
				.map((path) -> askers
					.submit(() -> System.nanoTime() <= deadline && answers("http://127.0.0.1:" + port + path)))
				.toList();
			List<String> failed = new ArrayList<>();
			for (int i = 0; i < this.paths.size(); i++) {
				if (!answeredInTime(answered.get(i))) {
					failed.add(this.paths.get(i));
				}
			}
			log.info("Warmed up {} pages in {} ms; ready for traffic", this.paths.size() - failed.size(),
					(System.nanoTime() - start) / 1_000_000);
			return failed;
		}
		finally {
			askers.shutdownNow();
		}
	}

	private static boolean answeredInTime(Future<Boolean> answer) {
		try {
			return answer.get();
		}
		catch (ExecutionException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Whether the page answers 200. With the JDK's plain {@link HttpURLConnection}: its
	 * newer HTTP client sets up TLS and HTTP/2 when it is made, some 790 classes a start
	 * does not otherwise need.
	 */
	private static boolean answers(String page) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(page).toURL().openConnection(Proxy.NO_PROXY);
			try {
				connection.setInstanceFollowRedirects(false);
				connection.setConnectTimeout((int) TIMEOUT.toMillis());
				connection.setReadTimeout((int) TIMEOUT.toMillis());
				connection.setRequestProperty("Accept", "text/html");
				int status = connection.getResponseCode();
				try (InputStream body = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
					if (body != null) {
						body.transferTo(OutputStream.nullOutputStream());
					}
				}
				if (status != 200) {
					log.warn("Warming up {} answered {}", page, status);
				}
				return status == 200;
			}
			finally {
				connection.disconnect();
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			log.warn("Warming up {} failed: {}", page, ex.toString());
			return false;
		}
	}

}
