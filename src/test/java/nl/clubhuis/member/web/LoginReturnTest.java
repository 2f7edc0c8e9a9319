package nl.clubhuis.member.web;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Every "log in" link brings the member back, and a failed login keeps what was typed.
 */
@IntegrationTest
class LoginReturnTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestPosts posts;

	@Autowired
	TestDoetanks doetanks;

	@Test
	void theHeaderLinkAndTheCommentLinkBringTheMemberBack() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Terug Schrijver");
		WrittenPost post = this.posts.published(PostKind.NIEUWS, null, "Inloggen en terug", redacteur);

		Html page = Html.of(this.mvc.perform(get(post.path() + "?pagina=1&lang=nl")));
		assertThat(back(page.one(".account a[href^='/login']").attr("href"))).isEqualTo(post.path() + "?pagina=1");
		assertThat(back(page.one("a[href^='/login?terug'][href*='reageren']").attr("href")))
			.isEqualTo(post.path() + "#reageren");

		Html login = Html.of(this.mvc.perform(get("/login").param("terug", post.path() + "#reageren")));
		assertThat(login.one("form input[name=terug]").val()).isEqualTo(post.path() + "#reageren");
		this.mvc
			.perform(post("/login").with(csrf())
				.param("email", redacteur.getUsername())
				.param("password", TestPeople.PASSWORD)
				.param("terug", post.path() + "#reageren"))
			.andExpect(redirectedUrl(post.path() + "#reageren"));
	}

	@Test
	void aFailedLoginKeepsTheAddressTypedAndWhereToGoBack() throws Exception {
		MemberPrincipal member = this.people.member("Typfout");
		// Sessions live in PostgreSQL (Spring Session), found by their cookie.
		Cookie session = this.mvc
			.perform(post("/login").with(csrf())
				.param("email", member.getUsername())
				.param("password", "niet-het-goede")
				.param("terug", "/agenda"))
			.andExpect(redirectedUrl("/login?fout&terug=%2Fagenda"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		Html again = Html.of(this.mvc.perform(get(URI.create("/login?fout&terug=%2Fagenda")).cookie(session)));
		assertThat(again.value("email")).isEqualTo(member.getUsername());
		assertThat(again.value("password")).isEmpty();
		assertThat(again.one("input[name=terug]").val()).isEqualTo("/agenda");
		assertThat(again.text(".alert--error")).contains("klopt niet");
		assertThat(again.one(".alert--error").hasAttr("autofocus")).as("the error takes the focus").isTrue();
		for (String field : new String[] { "email", "password" }) {
			assertThat(again.field(field).attr("aria-describedby")).as(field + " is read with the error")
				.isEqualTo(again.one(".alert--error").id());
			assertThat(again.field(field).attr("aria-invalid")).isEqualTo("true");
		}

		this.mvc
			.perform(post("/login").cookie(session)
				.with(csrf())
				.param("email", member.getUsername())
				.param("password", TestPeople.PASSWORD)
				.param("terug", "/agenda"))
			.andExpect(redirectedUrl("/agenda"));
	}

	@Test
	void aLinkToAnotherSiteIsIgnored() throws Exception {
		MemberPrincipal member = this.people.member("Niet Wegsturen");
		for (String elsewhere : new String[] { "https://evil.example/", "//evil.example/", "/\\evil.example" }) {
			assertThat(Html.of(this.mvc.perform(get("/login").param("terug", elsewhere))).has("input[name=terug]"))
				.isFalse();
			this.mvc
				.perform(post("/login").with(csrf())
					.param("email", member.getUsername())
					.param("password", TestPeople.PASSWORD)
					.param("terug", elsewhere))
				.andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void aFormSentAfterTheSessionRanOutLeadsBackToItsPageAfterLoggingIn() throws Exception {
		this.mvc.perform(post("/doetanks/nieuw").header("Referer", "http://localhost/doetanks/nieuw?thema=x"))
			.andExpect(redirectedUrl("/login?verlopen&terug=%2Fdoetanks%2Fnieuw%3Fthema%3Dx"));
		this.mvc.perform(post("/doetanks/nieuw").header("Referer", "https://evil.example//elders"))
			.andExpect(redirectedUrl("/login?verlopen"));
	}

	@Test
	void whatWasTypedInAFormSentAfterTheSessionRanOutIsBackInTheFormAfterLoggingIn() throws Exception {
		MemberPrincipal redacteur = this.people.redacteur("Bewaar Schrijver");
		MemberPrincipal member = this.people.member("Lange Reactie");
		WrittenPost post = this.posts.published(PostKind.NIEUWS, null, "Sessie verlopen", redacteur);

		// The session ran out while the member typed: the form arrives without a valid
		// token.
		Cookie session = this.mvc
			.perform(post("/berichten/" + post.slug() + "/reacties").header("Referer", "http://localhost" + post.path())
				.param("text", "Een lange reactie die ik niet kwijt wil")
				.param("password", "nooit-bewaren"))
			.andExpect(redirectedUrl("/login?verlopen&terug=" + post.path().replace("/", "%2F")))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("what was typed is kept in a new session").isNotNull();

		Cookie loggedIn = this.mvc
			.perform(post("/login").cookie(session)
				.with(csrf())
				.param("email", member.getUsername())
				.param("password", TestPeople.PASSWORD)
				.param("terug", post.path()))
			.andExpect(redirectedUrl(post.path()))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		Cookie current = (loggedIn != null) ? loggedIn : session;

		Html page = Html.of(this.mvc.perform(get(post.path()).cookie(current)));
		assertThat(page.one("form textarea[name=text]").text()).isEqualTo("Een lange reactie die ik niet kwijt wil");
		assertThat(page.has(".kept-form-notice")).isTrue();

		Html again = Html.of(this.mvc.perform(get(post.path()).cookie(current)));
		assertThat(again.one("form textarea[name=text]").text()).as("put back once").isEmpty();
		assertThat(again.has(".kept-form-notice")).isFalse();
	}

	@Test
	void whatWasTypedToJoinADoetankIsBackInTheFormOnItsPageThoughThatPageIsKeptForMembers() throws Exception {
		String page = "/doetanks/"
				+ this.doetanks.active(this.people.member("Trekker Bewaard"), this.people.coach("Coach Bewaard"));
		MemberPrincipal member = this.people.member("Meedoener Bewaard");

		Cookie session = this.mvc
			.perform(post(page + "/aanmelden").header("Referer", "http://localhost" + page)
				.param("role", "LID")
				.param("motivation", "Ik werk zelf met vertrekkende collega's"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		Cookie loggedIn = this.mvc
			.perform(post("/login").cookie(session)
				.with(csrf())
				.param("email", member.getUsername())
				.param("password", TestPeople.PASSWORD)
				.param("terug", page))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		Cookie current = (loggedIn != null) ? loggedIn : session;

		Html shown = Html.of(this.mvc.perform(get(page).cookie(current)));
		assertThat(shown.one("#meedoen textarea[name=motivation]").text())
			.isEqualTo("Ik werk zelf met vertrekkende collega's");
		assertThat(shown.has(".kept-form-notice")).isTrue();
		Html again = Html.of(this.mvc.perform(get(page).cookie(current)));
		assertThat(again.one("#meedoen textarea[name=motivation]").text()).as("put back once").isEmpty();
	}

	/** Where a login link brings the member back to (its decoded ?terug=). */
	private static String back(String loginLink) {
		UriComponents link = UriComponentsBuilder.fromUriString(loginLink).build();
		assertThat(link.getPath()).isEqualTo("/login");
		return URLDecoder.decode(link.getQueryParams().getFirst("terug"), StandardCharsets.UTF_8);
	}

}
