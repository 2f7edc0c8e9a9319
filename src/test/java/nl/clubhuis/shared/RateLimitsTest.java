package nl.clubhuis.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PictureFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rate limits on the real PostgreSQL, set low (two of each) in a context of its own:
 * the third attempt gets 429 and says why, keeping the input; another client address or
 * member is not affected; a new window lets attempts through again.
 */
@IntegrationTest
@TestPropertySource(properties = { "clubhuis.limits.registrations-per-hour=2", "clubhuis.limits.uploads-per-day=2",
		"clubhuis.limits.reports-per-day=2" })
class RateLimitsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ClubhuisProperties properties;

	@Autowired
	MessageSource messages;

	@Test
	void aThirdRegistrationFromOneAddressInAnHourIsRefusedWithTheInputKeptAndTellsNothingAboutAccounts()
			throws Exception {
		String address = randomAddress();
		String existing = "bestaand-" + UUID.randomUUID() + "@example.org";
		register(address, existing).andExpect(status().is3xxRedirection());
		register(address, "nieuw-" + UUID.randomUUID() + "@example.org").andExpect(status().is3xxRedirection());

		for (String email : new String[] { existing, "nog-een-" + UUID.randomUUID() + "@example.org" }) {
			Html page = Html.of(register(address, email).andExpect(status().isTooManyRequests()));
			assertThat(page.text(".form-global-errors")).isEqualTo(message("limit.registration"));
			assertThat(page.value("email")).isEqualTo(email);
			assertThat(page.value("name")).isEqualTo("Rita Vaak");
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM member WHERE email LIKE 'nog-een-%' AND name = ?",
				Integer.class, "Rita Vaak"))
			.as("no account made over the limit")
			.isZero();

		register(randomAddress(), "ander-" + UUID.randomUUID() + "@example.org").andExpect(status().is3xxRedirection());
	}

	@Test
	void aThirdUploadOfAMemberInADayIsRefusedNextToTheField() throws Exception {
		MemberPrincipal member = this.people.member("Ulla Upload");
		uploadPhoto(member).andExpect(status().is3xxRedirection());
		uploadPhoto(member).andExpect(status().is3xxRedirection());

		Html page = Html.of(uploadPhoto(member).andExpect(status().isTooManyRequests()));
		assertThat(page.text("#foto-fout")).isEqualTo(message("upload.refused.limit"));

		uploadPhoto(this.people.member("Olaf Ander")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aThirdReportOfAMemberInADayIsRefusedWithTheReasonKept() throws Exception {
		MemberPrincipal reader = this.people.member("Rens Melder");
		for (int i = 0; i < 2; i++) {
			report(reader, withBio("Piet Profiel " + i), "Reclame " + i).andExpect(status().is3xxRedirection());
		}
		MemberPrincipal third = withBio("Derde Profiel");

		Html page = Html.of(report(reader, third, "Reclame 3").andExpect(status().isTooManyRequests()));
		assertThat(page.text(".form-global-errors")).isEqualTo(message("limit.report"));
		assertThat(page.text("textarea[name=reason]")).isEqualTo("Reclame 3");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM report WHERE reporter_id = ?", Integer.class,
				reader.id()))
			.isEqualTo(2);

		report(this.people.member("Andere Melder"), third, "Reclame").andExpect(status().is3xxRedirection());
	}

	@Test
	void aNewWindowLetsAttemptsThroughAgainAndExpiredBucketsGo() {
		MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
		RateLimits limits = new RateLimits(this.dataSource, clock, this.properties);
		String subject = "venster-" + UUID.randomUUID();

		limits.check(RateLimit.REGISTRATION, subject);
		limits.check(RateLimit.REGISTRATION, subject);
		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> limits.check(RateLimit.REGISTRATION, subject))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("limit.registration"));
		limits.check(RateLimit.REGISTRATION, "iemand-anders-" + UUID.randomUUID());

		clock.now = clock.now.plus(Duration.ofMinutes(59));
		assertThatExceptionOfType(RateLimitExceededException.class)
			.isThrownBy(() -> limits.check(RateLimit.REGISTRATION, subject));

		clock.now = clock.now.plus(Duration.ofMinutes(1));
		limits.check(RateLimit.REGISTRATION, subject);

		// Bucket4j writes expires_at in the system's time, not the client clock.
		assertThat(limits.removeExpired(Instant.now().plus(Duration.ofHours(2)))).isGreaterThanOrEqualTo(2);
		limits.check(RateLimit.REGISTRATION, subject);
	}

	private ResultActions register(String address, String email) throws Exception {
		return this.mvc.perform(post("/registreren").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		})
			.param("name", "Rita Vaak")
			.param("email", email)
			.param("organisation", "Gemeente Vaak")
			.param("password", TestPeople.PASSWORD));
	}

	private ResultActions uploadPhoto(MemberPrincipal member) throws Exception {
		return this.mvc.perform(multipart("/mijn/profiel/foto")
			.file(new MockMultipartFile("foto", "ik.png", "image/png", PictureFiles.pngBytes(40, 30)))
			.with(user(member))
			.with(csrf()));
	}

	private ResultActions report(MemberPrincipal reporter, MemberPrincipal profile, String reason) throws Exception {
		return this.mvc.perform(post("/melden").param("soort", "PROFILE")
			.param("id", "" + profile.id())
			.param("reason", reason)
			.with(user(reporter))
			.with(csrf()));
	}

	private MemberPrincipal withBio(String name) {
		MemberPrincipal member = this.people.member(name);
		this.jdbc.update("UPDATE member SET bio = ? WHERE id = ?", "Koop mijn boek!", member.id());
		return member;
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, Locale.forLanguageTag("nl"));
	}

	private static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
