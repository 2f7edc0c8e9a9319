package nl.clubhuis.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import nl.clubhuis.Html;
import nl.clubhuis.TestDatabaseConfiguration;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** Over real HTTP: friendly error pages, and nothing loaded from another host. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ErrorPagesTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnknownPageIsAFriendly404() throws Exception {
		for (String path : List.of("/doetanks/bestaat-echt-niet", "/een/adres/dat/niet/bestaat")) {
			HttpResponse<String> response = get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(404);
			Html page = Html.parse(response.body());
			assertThat(page.text("h1")).as(path).isEqualTo("Deze pagina bestaat niet");
			assertThat(page.linkTexts("/doetanks")).as(path).contains("Naar de Doetanks");
			// Nothing of the server's inside leaks, not even in the markup.
			assertThat(response.body()).as(path)
				.doesNotContain("Exception")
				.doesNotContain("Whitelabel")
				.doesNotContain("??");
		}
	}

	@Test
	void aPostWithoutCsrfTokenAsksToLogInAgainWithAFriendlyPage() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(url("/registreren"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=Ria&email=ria%40example.org&password=lang-genoeg-123"))
			.build(), HttpResponse.BodyHandlers.ofString());

		// Without a valid token and not logged in: the session most likely ran out.
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?verlopen"));
		String login = get("/login?verlopen").body();
		assertThat(Html.parse(login).text(".alert[role=alert]")).contains("je sessie is verlopen");
		assertThat(login).doesNotContain("Exception");
	}

	@Test
	void pagesLoadNothingFromAnyOtherHost() throws Exception {
		for (String path : List.of("/", "/doetanks", "/registreren", "/login", "/doetanks/bestaat-niet")) {
			String body = get(path).body();
			List<String> targets = new ArrayList<>();
			for (Element element : Html.parse(body).all("[src], [href], [action], [formaction], [srcset]")) {
				for (String attribute : List.of("src", "href", "action", "formaction")) {
					if (element.hasAttr(attribute)) {
						targets.add(element.attr(attribute).strip());
					}
				}
				for (String candidate : element.attr("srcset").split(",")) {
					if (!candidate.isBlank()) {
						targets.add(candidate.strip().split("\\s+")[0]);
					}
				}
			}
			assertThat(targets).as("references on %s", path).isNotEmpty();
			for (String target : targets) {
				assertThat(target).as("a reference on %s", path)
					.doesNotStartWith("//")
					.satisfiesAnyOf((t) -> assertThat(t).startsWith("/"), (t) -> assertThat(t).startsWith("#"),
							(t) -> assertThat(t).startsWith("?"));
			}
			assertThat(body).as(path).doesNotContain("@import").doesNotContainIgnoringCase("url(http");
		}
		String css = get("/css/clubhuis.css").body();
		assertThat(css).doesNotContain("http://").doesNotContain("https://").doesNotContain("@import");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
