package nl.clubhuis;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as the Docker image runs it: AOT-processed
 * ({@code -Dspring.aot.enabled=true}), its application context and Spring Data's
 * repositories worked out when it was built. The rest of the suite runs the portal the
 * other way, so this checks what only the build-time context could get wrong: it starts
 * with the demo profile, every page a visitor and each demo role reach from the home page
 * answers without a server error, and a mail goes out through the mail server given when
 * it starts. Runs after {@code package} (failsafe).
 */
class AotProcessedJarIT {

	private static final Duration START_TIME = Duration.ofMinutes(4);

	/** Pages per visitor: enough to reach every kind of page from the home page. */
	private static final int PAGES = 250;

	/** Downloads, feeds and images are not pages; logging out would end the visit. */
	private static final Pattern NOT_A_PAGE = Pattern
		.compile("/uitloggen|/logout|\\.ics|/export|/download|/bestanden|/feed|\\.xml|\\.csv|\\.pdf|/img/|/css/");

	private static Process portal;

	private static Path log;

	private static GreenMail mailServer;

	private static String base;

	@BeforeAll
	static void startTheJar() throws Exception {
		Path jar = Path.of(System.getProperty("clubhuis.jar", "target/clubhuis-0.1.0.jar"));
		assertThat(jar).as("the packaged jar (./mvnw package)").exists();
		PostgresForTests.Connection database = PostgresForTests.forTests();
		mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mailServer.start();
		int port = freePort();
		base = "http://127.0.0.1:" + port;
		log = Files.createTempFile("aot-processed-portal", ".log");
		String java = ProcessHandle.current().info().command().orElse("java");
		portal = new ProcessBuilder(java, "-Dspring.aot.enabled=true", "-Xmx512m", "-jar", jar.toString(),
				"--server.port=" + port, "--server.address=127.0.0.1", "--spring.profiles.active=demo",
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + mailServer.getSmtp().getPort(), "--clubhuis.base-url=" + base,
				"--spring.main.banner-mode=off", "--clubhuis.shutdown.drain-delay=0s")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(portal::destroyForcibly));
		awaitReady();
	}

	@AfterAll
	static void stop() throws Exception {
		if (portal != null) {
			portal.destroy();
			if (!portal.waitFor(30, TimeUnit.SECONDS)) {
				portal.destroyForcibly();
			}
		}
		if (mailServer != null) {
			mailServer.stop();
		}
	}

	@Test
	void itRunsAotProcessed() throws IOException {
		assertThat(Files.readString(log)).contains("Starting AOT-processed ClubhuisApplication")
			.contains("Successfully applied")
			.contains("Demo data:");
	}

	/**
	 * What production needs that a builder's environment could have left out of the jar.
	 */
	@Test
	void theMetricsAreThereForABeheerder() throws Exception {
		Visitor beheerder = new Visitor();
		beheerder.logIn("beheerder@example.org");
		HttpResponse<String> metrics = beheerder.get("/actuator/prometheus", "text/plain");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "bezoeker", "lid@example.org", "trekker@example.org", "coach@example.org",
			"redacteur@example.org", "beheerder@example.org" })
	void everyPageReachedAnswersWithoutAServerError(String who) throws Exception {
		Visitor visitor = new Visitor();
		if (who.contains("@")) {
			visitor.logIn(who);
		}
		Map<String, Integer> failures = visitor.crawlFrom("/");
		assertThat(visitor.visited).as("pages visited").hasSizeGreaterThan(60);
		assertThat(failures).as("pages answering 5xx (see %s)", log).isEmpty();
	}

	@Test
	void aMailGoesOutThroughTheMailServerGivenAtStart() throws Exception {
		Inbox inbox = new Inbox(mailServer);
		int before = inbox.to("lid@example.org").size();
		Visitor visitor = new Visitor();
		Document form = visitor.page("/wachtwoord-vergeten");
		HttpResponse<String> sent = visitor.post("/wachtwoord-vergeten",
				Map.of("email", "lid@example.org", "_csrf", form.selectFirst("input[name=_csrf]").val()));
		assertThat(sent.statusCode()).isEqualTo(302);

		Inbox.Mail mail = inbox.await("lid@example.org", before + 1).get(before);
		assertThat(mail.links()).anySatisfy((link) -> assertThat(link).startsWith(base + "/wachtwoord-kiezen"));
	}

	private static void awaitReady() throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + START_TIME.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(portal.isAlive()).as("the portal is running; its log:%n%s", tail()).isTrue();
			try {
				HttpResponse<Void> ready = client
					.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.discarding());
				if (ready.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("not ready after " + START_TIME + "; its log:\n" + tail());
	}

	private static String tail() throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** One browser with its own cookies; a redirect's address is followed as a link. */
	private static final class Visitor {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private final Set<String> visited = new HashSet<>();

		void logIn(String email) throws Exception {
			Document login = page("/login");
			HttpResponse<String> answer = post("/login", Map.of("email", email, "password", "clubhuis-demo", "_csrf",
					login.selectFirst("input[name=_csrf]").val()));
			assertThat(answer.headers().firstValue("Location")).as("logged in as %s", email)
				.hasValueSatisfying((location) -> assertThat(location).doesNotContain("/login"));
		}

		Document page(String path) throws Exception {
			return Jsoup.parse(get(path).body(), base);
		}

		/** Follows links breadth-first from {@code start}; the pages answering 5xx. */
		Map<String, Integer> crawlFrom(String start) throws Exception {
			Map<String, Integer> failures = new TreeMap<>();
			Queue<String> next = new ArrayDeque<>(List.of(start));
			while (!next.isEmpty() && this.visited.size() < PAGES) {
				String path = next.remove();
				if (!this.visited.add(path)) {
					continue;
				}
				HttpResponse<String> answer = get(path);
				if (answer.statusCode() >= 500) {
					failures.put(path, answer.statusCode());
				}
				next.addAll(linksOn(answer));
			}
			return failures;
		}

		private List<String> linksOn(HttpResponse<String> answer) {
			List<String> links = new ArrayList<>();
			answer.headers()
				.firstValue("Location")
				.map((location) -> location.startsWith(base) ? location.substring(base.length()) : location)
				.filter((location) -> location.startsWith("/"))
				.ifPresent(links::add);
			if (answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				Jsoup.parse(answer.body(), base)
					.select("a[href^=/]")
					.eachAttr("href")
					.stream()
					.filter((href) -> !NOT_A_PAGE.matcher(href).find() && !this.visited.contains(href))
					.forEach(links::add);
			}
			return links;
		}

		HttpResponse<String> get(String path) throws Exception {
			return get(path, "text/html");
		}

		HttpResponse<String> get(String path, String accept) throws Exception {
			return this.client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
			String form = fields.entrySet()
				.stream()
				.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			return this.client.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
