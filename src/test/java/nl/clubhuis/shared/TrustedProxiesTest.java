package nl.clubhuis.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import nl.clubhuis.TestDatabaseConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code X-Forwarded-*} headers count only when the request comes from a trusted proxy
 * (by default one on this machine, 127.0.0.1), and links in feeds and calendars never
 * come from a header. Runs a real Tomcat, as the forwarded headers are handled by its
 * RemoteIpValve, and talks plain HTTP over sockets bound to a chosen loopback address:
 * 127.0.0.1 is the trusted proxy, 127.0.0.2 a client that makes headers up.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class TrustedProxiesTest {

	static final String PROXY = "127.0.0.1";

	static final String STRANGER = "127.0.0.2";

	static final String MADE_UP = "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\n"
			+ "X-Forwarded-Port: 443\r\nForwarded: host=evil.example\r\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMadeUpForwardedHostChangesNoLinkInFeedsCalendarsOrRedirects() throws IOException {
		for (String from : new String[] { STRANGER, PROXY }) {
			String feed = get(from, "/nieuws/feed", MADE_UP + "X-Forwarded-For: 203.0.113.5\r\n");
			assertThat(feed).contains("<id>http://localhost:8080/nieuws/feed</id>").doesNotContain("evil.example");

			String calendar = get(from, "/agenda.ics", MADE_UP);
			assertThat(calendar).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
		}
		String redirect = get(STRANGER, "/mijn/agenda", MADE_UP);
		assertThat(redirect).startsWith("HTTP/1.1 302");
		assertThat(header(redirect, "Location")).contains("/login").doesNotContain("evil.example");
	}

	@Test
	void theThrottleKeysOnTheSocketAddressOfAClientThatMakesUpXForwardedFor() throws IOException {
		String madeUp = randomAddress("198.51.100.");

		failLogin(STRANGER, "X-Forwarded-For: " + madeUp + "\r\n");

		assertThat(throttled("address:" + madeUp)).as("the made-up address").isFalse();
		assertThat(throttled("address:" + STRANGER)).as("the socket address").isTrue();
	}

	@Test
	void theThrottleKeysOnTheClientAddressATrustedProxyPassesOn() throws IOException {
		String client = randomAddress("203.0.113.");

		failLogin(PROXY, "X-Forwarded-For: " + client + "\r\n");

		assertThat(throttled("address:" + client)).isTrue();
	}

	/**
	 * Tomcat decodes parameters itself; whatever it makes of a NUL or of bytes that are
	 * not UTF-8, the answer is 400 with the portal's own error page (not Tomcat's). An
	 * address whose path is not UTF-8 Tomcat turns away itself, before the portal sees
	 * it: also a 400, with Tomcat's plain page.
	 */
	@Test
	void anUnreadableCharacterIsABadRequestWithTheErrorPage() throws IOException {
		for (String path : new String[] { "/doetanks?fase=%00", "/doetanks?thema=gemeente%C3%28",
				"/nieuws?pagina=%FF" }) {
			String answer = get(STRANGER, path, "Accept: text/html\r\n");
			assertThat(answer).as(path).startsWith("HTTP/1.1 400");
			Document page = Jsoup.parse(answer.substring(answer.indexOf("\r\n\r\n")));
			assertThat(page.select("h1").text()).as(path).isEqualTo("Dit adres of formulier klopt niet");
			assertThat(page.select(".lead").text()).as(path).startsWith("Er staat een teken in dat niet leesbaar is");
		}
		assertThat(get(STRANGER, "/doetanks/kennisbehoud%C3%28", "Accept: text/html\r\n")).startsWith("HTTP/1.1 400");
	}

	private void failLogin(String from, String headers) throws IOException {
		String page = get(from, "/login", headers);
		String cookie = header(page, "Set-Cookie").split(";")[0];
		String token = Jsoup.parse(page.substring(page.indexOf("\r\n\r\n"))).selectFirst("input[name=_csrf]").val();
		String body = "email=" + URLEncoder.encode("proxy-test@example.org", StandardCharsets.UTF_8)
				+ "&password=fout-wachtwoord&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		String answer = send(from,
				"POST /login HTTP/1.0\r\nHost: localhost\r\n" + headers + "Cookie: " + cookie + "\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
						+ "\r\n\r\n" + body);
		assertThat(header(answer, "Location")).endsWith("/login?fout");
	}

	private boolean throttled(String subject) {
		return this.jdbc.queryForObject("SELECT count(*) FROM login_throttle WHERE subject = ? AND failures > 0",
				Integer.class, subject) > 0;
	}

	private String get(String from, String path, String headers) throws IOException {
		return send(from, "GET " + path + " HTTP/1.0\r\nHost: localhost\r\n" + headers + "\r\n");
	}

	/** One HTTP/1.0 exchange from a socket bound to {@code from}; the whole answer. */
	private String send(String from, String request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(from, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 10_000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String header(String response, String name) {
		String head = response.substring(0, response.indexOf("\r\n\r\n"));
		for (String line : head.split("\r\n")) {
			if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
				return line.substring(name.length() + 1).strip();
			}
		}
		throw new AssertionError("No " + name + " header in " + head);
	}

	private static String randomAddress(String network) {
		return network + ThreadLocalRandom.current().nextInt(1, 255);
	}

}
