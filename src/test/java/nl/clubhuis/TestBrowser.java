package nl.clubhuis;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One browser: keeps its session cookie between requests, so its session lives in
 * PostgreSQL (Spring Session) as a real one does. Two of them are two sessions.
 */
public class TestBrowser {

	private final MockMvc mvc;

	private Cookie session;

	public TestBrowser(MockMvc mvc) {
		this.mvc = mvc;
	}

	public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		if (this.session != null) {
			request.cookie(this.session);
		}
		MvcResult result = this.mvc.perform(request.with(csrf())).andReturn();
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie != null) {
			this.session = (cookie.getMaxAge() == 0) ? null : cookie;
		}
		return result;
	}

	/** Logs in through the login form; answers where the browser was sent. */
	public String logIn(String email, String password) throws Exception {
		return perform(post("/login").param("email", email).param("password", password)).getResponse()
			.getRedirectedUrl();
	}

}
