package nl.clubhuis.shared;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the filter does when the page has gone out already. */
class DatabaseTroubleFilterTest {

	private final DatabaseTroubleFilter filter = new DatabaseTroubleFilter(null, null, null);

	/**
	 * Seen when PostgreSQL restarted under load: the comment was stored and its redirect
	 * sent, then saving the session failed. The member gets the redirect, not an error.
	 */
	@Test
	void aRedirectSentBeforeTheSessionCouldNotBeSavedGoesOut() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("POST", "/berichten/x/reacties"), response, (req, res) -> {
			((MockHttpServletResponse) res).sendRedirect("/nieuws/x#reactie-1");
			throw new DataAccessResourceFailureException("Unable to commit against JDBC Connection");
		});

		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/nieuws/x#reactie-1");
	}

	@Test
	void aPageThatWentOutInPartIsNotChanged() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThatThrownBy(
				() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/doetanks"), response, (req, res) -> {
					res.getWriter().write("<html>");
					res.flushBuffer();
					throw new DataAccessResourceFailureException("gone");
				}))
			.isInstanceOf(DataAccessResourceFailureException.class);
	}

	@Test
	void otherFailuresPassThrough() {
		assertThatThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/doetanks"),
				new MockHttpServletResponse(), (req, res) -> {
					throw new IllegalStateException("a bug");
				}))
			.isInstanceOf(IllegalStateException.class);
	}

}
