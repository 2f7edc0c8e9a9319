package nl.clubhuis.shared.pagecache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymousPageCacheFilterTest {

	private final PageCache cache = new PageCache(Duration.ofSeconds(30), 10 * 1024 * 1024, Ticker.systemTicker());

	private AnonymousPageCacheFilter filter;

	private int renders;

	@BeforeEach
	void filter() {
		CookieLocaleResolver locales = new CookieLocaleResolver("clubhuis-taal");
		locales.setDefaultLocale(Locale.forLanguageTag("nl"));
		this.filter = new AnonymousPageCacheFilter(this.cache, locales);
		this.cache.resume();
	}

	@Test
	void aVisitorGetsTheSecondViewFromTheCache() throws Exception {
		MockHttpServletResponse first = get(visitor("/nieuws"), page("Nieuws 1"));
		MockHttpServletResponse second = get(visitor("/nieuws"), page("Nieuws 2"));

		assertThat(this.renders).isEqualTo(1);
		assertThat(second.getContentAsString()).isEqualTo("Nieuws 1").isEqualTo(first.getContentAsString());
		assertThat(second.getContentType()).startsWith("text/html");
		assertThat(second.getHeader("X-Frame-Options")).as("the page's own headers come along").isEqualTo("DENY");
	}

	@Test
	void aMemberIsNeverServedFromTheCacheNorFillsIt() throws Exception {
		get(visitor("/doetanks/x"), page("Voor bezoekers"));

		MockHttpServletResponse member = get(member("/doetanks/x"), page("Voor Anna, met haar knoppen"));
		assertThat(member.getContentAsString()).isEqualTo("Voor Anna, met haar knoppen");

		MockHttpServletResponse visitor = get(visitor("/doetanks/x"), page("opnieuw"));
		assertThat(visitor.getContentAsString()).isEqualTo("Voor bezoekers");
	}

	@Test
	void aPageThatStartsASessionIsNotKept() throws Exception {
		get(visitor("/login"),
				page("Formulier met token 1", (response) -> response.addCookie(new Cookie("SESSION", "a"))));
		MockHttpServletResponse second = get(visitor("/login"), page("Formulier met token 2"));

		assertThat(second.getContentAsString()).isEqualTo("Formulier met token 2");
	}

	@Test
	void onlyWholeHtmlPagesAreKept() throws Exception {
		get(visitor("/bestaat-niet"), page("Niet gevonden", (response) -> response.setStatus(404)));
		get(visitor("/document"), page("%PDF", (response) -> response.setContentType("application/pdf")));
		get(visitor("/eigen"), page("privé", (response) -> response.setHeader("Cache-Control", "private")));

		assertThat(get(visitor("/bestaat-niet"), page("2")).getContentAsString()).isEqualTo("2");
		assertThat(get(visitor("/document"), page("2")).getContentAsString()).isEqualTo("2");
		assertThat(get(visitor("/eigen"), page("2")).getContentAsString()).isEqualTo("2");
	}

	@Test
	void aChangeSentThroughThisInstanceEmptiesTheCacheBeforeItsAnswer() throws Exception {
		get(visitor("/nieuws"), page("Oud"));

		MockHttpServletRequest publish = member("/redactie/berichten/1/publiceren");
		publish.setMethod("POST");
		this.filter.doFilter(publish, new MockHttpServletResponse(), (request, response) -> {
		});

		assertThat(get(visitor("/nieuws"), page("Nieuw")).getContentAsString()).isEqualTo("Nieuw");
	}

	@Test
	void theAnswerToAChangeMarksTheBrowserForAMoment() throws Exception {
		MockHttpServletRequest report = visitor("/melden");
		report.setMethod("POST");
		MockHttpServletResponse answer = new MockHttpServletResponse();
		this.filter.doFilter(report, answer, (request, response) -> {
		});

		Cookie own = answer.getCookie(OwnChanges.COOKIE);
		assertThat(own).isNotNull();
		assertThat(own.getMaxAge()).isEqualTo(3);
		assertThat(own.isHttpOnly()).isTrue();
		assertThat(get(visitor("/nieuws"), page("Nieuws")).getCookie(OwnChanges.COOKIE)).as("not for a read").isNull();
	}

	@Test
	void aVisitorWhoSendsTheMarkIsStillServedFromTheCache() throws Exception {
		get(visitor("/nieuws"), page("Uit de cache"));
		MockHttpServletRequest marked = visitor("/nieuws");
		marked.setCookies(new Cookie(OwnChanges.COOKIE, "1"));

		assertThat(get(marked, page("Opnieuw getekend")).getContentAsString()).isEqualTo("Uit de cache");
	}

	@Test
	void eachLanguageHasItsOwnPage() throws Exception {
		get(visitor("/toolkit"), page("Werkvormen"));
		MockHttpServletRequest english = visitor("/toolkit");
		english.setCookies(new Cookie("clubhuis-taal", "en"));

		assertThat(get(english, page("Working methods")).getContentAsString()).isEqualTo("Working methods");
		assertThat(get(visitor("/toolkit"), page("x")).getContentAsString()).isEqualTo("Werkvormen");
	}

	@Test
	void theQueryStringIsPartOfTheAddress() throws Exception {
		get(visitor("/doetanks"), page("Pagina 1"));
		MockHttpServletRequest second = visitor("/doetanks");
		second.setQueryString("pagina=2");

		assertThat(get(second, page("Pagina 2")).getContentAsString()).isEqualTo("Pagina 2");
	}

	@Test
	void aBrowserThatHasThePageGetsA304() throws Exception {
		MockHttpServletResponse first = get(visitor("/agenda"), page("Agenda"));
		String etag = first.getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");

		MockHttpServletRequest again = visitor("/agenda");
		again.addHeader("If-None-Match", etag);
		MockHttpServletResponse notModified = get(again, page("x"));

		assertThat(notModified.getStatus()).isEqualTo(HttpServletResponse.SC_NOT_MODIFIED);
		assertThat(notModified.getContentAsByteArray()).isEmpty();
		assertThat(AnonymousPageCacheFilter.matches("\"other\", " + etag.substring(2), etag)).isTrue();
		assertThat(AnonymousPageCacheFilter.matches("W/\"other\"", etag)).isFalse();
	}

	@Test
	void aLargePageIsSentGzippedToWhoAcceptsIt() throws Exception {
		String text = "Een lange pagina. ".repeat(500);
		get(visitor("/cijfers"), page(text));

		MockHttpServletRequest gzipping = visitor("/cijfers");
		gzipping.addHeader("Accept-Encoding", "gzip, deflate, br");
		MockHttpServletResponse compressed = get(gzipping, page("x"));

		assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(compressed.getContentAsByteArray().length).isLessThan(text.length() / 10);
		assertThat(gunzip(compressed.getContentAsByteArray())).isEqualTo(text);
		assertThat(get(visitor("/cijfers"), page("x")).getContentAsString()).isEqualTo(text);
	}

	@Test
	void whileTheCacheCannotHearChangesEveryPageIsRendered() throws Exception {
		this.cache.suspend();
		get(visitor("/"), page("1"));

		assertThat(get(visitor("/"), page("2")).getContentAsString()).isEqualTo("2");
	}

	private MockHttpServletResponse get(MockHttpServletRequest request, FilterChain chain)
			throws IOException, ServletException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, chain);
		return response;
	}

	private static MockHttpServletRequest visitor(String path) {
		return new MockHttpServletRequest("GET", path);
	}

	private static MockHttpServletRequest member(String path) {
		MockHttpServletRequest request = visitor(path);
		request.setCookies(new Cookie("SESSION", "anna"));
		return request;
	}

	private FilterChain page(String body) {
		return page(body, (response) -> {
		});
	}

	private FilterChain page(String body, Consumer<HttpServletResponse> also) {
		return (request, response) -> {
			this.renders++;
			HttpServletResponse http = (HttpServletResponse) response;
			http.setContentType("text/html;charset=UTF-8");
			http.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
			http.setHeader("X-Frame-Options", "DENY");
			also.accept(http);
			http.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
		};
	}

	private static String gunzip(byte[] bytes) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
