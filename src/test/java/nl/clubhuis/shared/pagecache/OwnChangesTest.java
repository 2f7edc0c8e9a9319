package nl.clubhuis.shared.pagecache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.Cookie;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class OwnChangesTest {

	private final PageCache cache = new PageCache(Duration.ofSeconds(30), 1024 * 1024, Ticker.systemTicker());

	private final AtomicLong loads = new AtomicLong();

	@BeforeEach
	void listening() {
		this.cache.resume();
	}

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

	@Test
	void aMemberWhoJustMadeAChangeGetsTheirOwnAndTheSharedValuesComputedAnew() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("anna", null, List.of()));
		CachedMemberContent own = new CachedMemberContent(this.cache);
		CachedSharedContent shared = new CachedSharedContent(this.cache);
		answering(new MockHttpServletRequest("GET", "/mijn"));
		own.get(7, "mijn:nl", this.loads::incrementAndGet);
		shared.get("home.latest", this.loads::incrementAndGet);
		assertThat((Long) own.get(7, "mijn:nl", this.loads::incrementAndGet)).as("kept").isEqualTo(1);

		MockHttpServletRequest afterAChange = new MockHttpServletRequest("GET", "/mijn");
		afterAChange.setCookies(new Cookie(OwnChanges.COOKIE, "1"));
		answering(afterAChange);

		assertThat((Long) own.get(7, "mijn:nl", this.loads::incrementAndGet)).isEqualTo(3);
		assertThat((Long) shared.get("home.latest", this.loads::incrementAndGet)).isEqualTo(4);
		assertThat((Long) shared.asOfNow().get("home.latest", this.loads::incrementAndGet)).isEqualTo(5);
	}

	@Test
	void aVisitorWhoSendsTheMarkGetsTheKeptValues() {
		CachedSharedContent shared = new CachedSharedContent(this.cache);
		shared.get("home.latest", this.loads::incrementAndGet);
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		MockHttpServletRequest marked = new MockHttpServletRequest("GET", "/");
		marked.setCookies(new Cookie(OwnChanges.COOKIE, "1"));
		answering(marked);

		assertThat((Long) shared.get("home.latest", this.loads::incrementAndGet)).isEqualTo(1);
	}

	@Test
	void outsideARequestTheKeptValueIsUsed() {
		CachedSharedContent shared = new CachedSharedContent(this.cache);
		shared.get("home.latest", this.loads::incrementAndGet);

		assertThat((Long) shared.get("home.latest", this.loads::incrementAndGet)).isEqualTo(1);
	}

	private static void answering(MockHttpServletRequest request) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
