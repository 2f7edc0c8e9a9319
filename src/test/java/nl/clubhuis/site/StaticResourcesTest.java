package nl.clubhuis.site;

import nl.clubhuis.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import java.util.Base64;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import nl.clubhuis.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages link static files by an address with the hash of their content, so browsers keep
 * them for a year and still load a changed stylesheet right after a deploy.
 */
@IntegrationTest
class StaticResourcesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Test
	void theStylesheetIsLinkedByItsContentAndKeptForAYear() throws Exception {
		String stylesheet = home().select("link[rel=stylesheet]").attr("href");

		assertThat(stylesheet).matches("/css/clubhuis-[0-9a-f]{32}\\.css");
		this.mvc.perform(get(stylesheet))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/css"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public"));
	}

	@Test
	void aBrowserThatAcceptsGzipGetsTheStylesheetCompressedAtBuildTime() throws Exception {
		String stylesheet = home().select("link[rel=stylesheet]").attr("href");

		byte[] gzipped = this.mvc.perform(get(stylesheet).header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
			.andExpect(header().stringValues(HttpHeaders.VARY, org.hamcrest.Matchers.hasItem("Accept-Encoding")))
			.andExpect(content().contentTypeCompatibleWith("text/css"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] plain = this.mvc.perform(get(stylesheet)).andReturn().getResponse().getContentAsByteArray();

		assertThat(gunzip(gzipped)).as("the same stylesheet").isEqualTo(plain);
		assertThat(gzipped.length).isLessThan(plain.length / 3);
	}

	@Test
	void theFaviconIsLinkedTheSameWay() throws Exception {
		String favicon = home().select("link[rel=icon]").attr("href");

		assertThat(favicon).matches("/img/favicon-[0-9a-f]{32}\\.svg");
		this.mvc.perform(get(favicon))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
	}

	@Test
	void aStylesheetCostsNoDatabaseEvenForAMember() throws Exception {
		String stylesheet = home().select("link[rel=stylesheet]").attr("href");
		String sessionId = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());

		this.statements.reset();
		this.mvc.perform(get(stylesheet).cookie(new Cookie("SESSION", sessionId)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));

		assertThat(this.statements.recorded()).as("no session or account is looked up").isEmpty();
	}

	private static byte[] gunzip(byte[] gzipped) throws java.io.IOException {
		try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}

	private Document home() throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
	}

}
