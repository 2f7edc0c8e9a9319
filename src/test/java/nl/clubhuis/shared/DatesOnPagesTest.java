package nl.clubhuis.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.ValidatorFactory;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.agenda.EventType;
import nl.clubhuis.agenda.TestEvents;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Pages write dates through {@code @dates}, in Amsterdam and in the page's language. */
@IntegrationTest
class DatesOnPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestPosts posts;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestEvents events;

	@Autowired
	DateFormats dates;

	@Autowired
	ValidatorFactory validation;

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aPostShowsItsDateInThePagesLanguage() throws Exception {
		WrittenPost post = this.posts.published(PostKind.NIEUWS, null, "Datum " + UUID.randomUUID(),
				this.people.redacteur("Dirk Datum"));

		for (Locale language : new Locale[] { Locale.forLanguageTag("nl"), Locale.ENGLISH }) {
			Document page = Jsoup.parse(this.mvc.perform(get(post.path() + "?lang=" + language.getLanguage()))
				.andReturn()
				.getResponse()
				.getContentAsString());
			LocaleContextHolder.setLocale(language);

			assertThat(page.select("time[datetime]").eachText()).as(language.toString())
				.contains(this.dates.day(post.publishAt()));
		}
	}

	@Test
	void aMomentJustBeforeMidnightUtcIsTheNextDayInAmsterdamAndMachinesGetItsOffset() throws Exception {
		WrittenPost post = this.posts.publishedAt(PostKind.NIEUWS, null, "Nachtbericht " + UUID.randomUUID(),
				this.people.redacteur("Nina Nacht"), Instant.parse("2026-01-15T23:30:00Z"));

		Document page = Jsoup.parse(this.mvc.perform(get(post.path())).andReturn().getResponse().getContentAsString());

		assertThat(page.select("time[datetime]")).anySatisfy((time) -> {
			assertThat(time.text()).isEqualTo("16 januari 2026");
			assertThat(time.attr("datetime")).isEqualTo("2026-01-16T00:30:00+01:00");
		});
	}

	@Test
	void aDoetanksMeetingShowsItsStartInAmsterdamAndMachinesGetItsOffset() throws Exception {
		MemberPrincipal trekker = this.people.member("Tijs Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Cato Coach"));
		this.events.announce(TestEvents.details(EventType.DOETANK, 10, Instant.parse("2027-01-15T23:30:00Z")), slug,
				trekker);

		Document page = Jsoup
			.parse(this.mvc.perform(get("/doetanks/" + slug)).andReturn().getResponse().getContentAsString());

		assertThat(page.select("#agenda-titel + ul time[datetime]")).singleElement().satisfies((time) -> {
			assertThat(time.text()).isEqualTo("zaterdag 16 januari, 00:30");
			assertThat(time.attr("datetime")).isEqualTo("2027-01-16T00:30:00+01:00");
		});
	}

	@Test
	void formChecksOnPastAndFutureUseTheNetworksZone() {
		assertThat(this.validation.getClockProvider().getClock().getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
	}

}
