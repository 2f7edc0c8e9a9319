package nl.clubhuis.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A list drawn once for everyone of an audience shows what that audience may see and
 * nothing of the member who happened to ask first.
 */
@IntegrationTest
class SharedMarkupTest {

	private static final String LIST = "test/shared-markup :: list(items=${items})";

	@Autowired
	ThymeleafViewResolver views;

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestPeople people;

	private final KeptContent kept = new KeptContent();

	private SharedMarkup markup;

	private MockHttpServletRequest request;

	@BeforeEach
	void aRequestForThePage() {
		this.markup = new SharedMarkup(this.kept, this.views);
		this.request = new MockHttpServletRequest(this.context.getServletContext(), "GET", "/nieuws");
		this.request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, this.context);
		this.request.setAttribute("secret", "request-geheim");
		this.request.setParameter("geheim", "parameter-geheim");
		this.request.getSession().setAttribute("secret", "sessie-geheim");
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(this.request, new MockHttpServletResponse()));
		LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
	}

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
		LocaleContextHolder.resetLocaleContext();
		SecurityContextHolder.clearContext();
	}

	@Test
	void aMemberSeesWhatEveryMemberSeesButNothingOfTheirOwn() {
		MemberPrincipal coach = signIn(this.people.coach("Gedeelde Coach"));

		Document drawn = Jsoup.parse(draw("nieuws:0", List.of("eerste bericht")));

		assertThat(drawn.select(".item").eachText()).containsExactly("eerste bericht");
		assertThat(drawn.select(".for-members")).as("members see what members see").hasSize(1);
		assertThat(drawn.select(".for-coaches")).as("not what this member's role shows").isEmpty();
		assertThat(drawn.text()).doesNotContain(coach.name(), coach.getUsername(), "request-geheim", "sessie-geheim",
				"parameter-geheim");
		assertThat(drawn.select("a.link").attr("href")).isEqualTo("/nieuws");
	}

	@Test
	void theMemberWhoAsksFirstDoesNotDecideWhatTheNextSees() {
		signIn(this.people.coach("Eerste Vrager"));
		String first = draw("nieuws:0", List.of("bericht"));
		MemberPrincipal next = signIn(this.people.member("Tweede Vrager"));

		assertThat(draw("nieuws:0", List.of("bericht"))).isSameAs(first).doesNotContain(next.name());
		assertThat(this.kept.loads.get()).as("drawn once for both").isEqualTo(1);
	}

	@Test
	void strangersAndMembersEachGetTheirOwn() {
		String forStrangers = draw("nieuws:0", List.of("bericht"));
		signIn(this.people.member("Lid Na Vreemde"));
		String forMembers = draw("nieuws:0", List.of("bericht"));

		assertThat(Jsoup.parse(forStrangers).select(".for-members")).isEmpty();
		assertThat(Jsoup.parse(forMembers).select(".for-members")).hasSize(1);
		assertThat(this.kept.loads.get()).isEqualTo(2);
	}

	@Test
	void eachLanguageIsDrawnInItsOwnWords() {
		String dutch = Jsoup.parse(draw("nieuws:0", List.of())).select(".empty").text();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		String english = Jsoup.parse(draw("nieuws:0", List.of())).select(".empty").text();

		assertThat(dutch).isEqualTo("Er is hier nog niets gepubliceerd.");
		assertThat(english).isEqualTo("Nothing has been published here yet.");
	}

	@Test
	void theKeyTellsOnePageFromAnother() {
		draw("nieuws:0", List.of("op pagina 1"));

		assertThat(Jsoup.parse(draw("nieuws:1", List.of("op pagina 2"))).select(".item").eachText())
			.containsExactly("op pagina 2");
	}

	@Test
	void theRequestKeepsItsOwnMemberAttributesAndSession() {
		MemberPrincipal member = signIn(this.people.member("Blijft Ingelogd"));

		draw("nieuws:0", List.of("bericht"));

		assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal()).isSameAs(member);
		assertThat(this.request.getAttribute("secret")).isEqualTo("request-geheim");
		assertThat(this.request.getAttribute("items")).as("no variable left on the real request").isNull();
	}

	@Test
	void aFormThatPostsCannotBeShared() {
		signIn(this.people.member("Formulier Lid"));

		assertThatIllegalStateException()
			.isThrownBy(() -> this.markup.render("formulier", "test/shared-markup :: form", Map::of))
			.withMessageContaining("form that posts");
	}

	private String draw(String key, List<String> items) {
		return this.markup.render(key, LIST, () -> Map.of("items", items));
	}

	private static MemberPrincipal signIn(MemberPrincipal member) {
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
		return member;
	}

	/** Keeps every value, as the page cache does while nothing changes. */
	static class KeptContent implements SharedContent {

		final AtomicInteger loads = new AtomicInteger();

		private final Map<String, Object> values = new HashMap<>();

		@Override
		@SuppressWarnings("unchecked")
		public <T> T get(String key, Supplier<T> loader) {
			return (T) this.values.computeIfAbsent(key, (missing) -> {
				this.loads.incrementAndGet();
				return loader.get();
			});
		}

	}

}
