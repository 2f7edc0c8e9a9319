package nl.clubhuis.member.web;

import nl.clubhuis.shared.LayoutForWebSlices;
import nl.clubhuis.member.AccountService;
import nl.clubhuis.member.NewMember;

import nl.clubhuis.Html;
import nl.clubhuis.shared.RateLimits;
import nl.clubhuis.shared.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(RegistrationController.class)
@Import({ SecurityConfiguration.class, MemberPaths.class, LayoutForWebSlices.class })
class RegistrationControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AccountService accounts;

	@MockitoBean
	RateLimits limits;

	@Test
	void aRegistrationSendsThePersonToTheirMailWithoutLoggingThemIn() throws Exception {
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("name", "Ria")
				.param("email", "ria@gemeente.nl")
				.param("organisation", "Gemeente Zwolle")
				.param("password", "lang-genoeg-wachtwoord"))
			.andExpect(redirectedUrl("/registreren/verstuurd"))
			.andExpect(unauthenticated());
		verify(this.accounts)
			.register(eq(new NewMember("Ria", "ria@gemeente.nl", "Gemeente Zwolle", "lang-genoeg-wachtwoord")), any());
	}

	@Test
	void aPasswordOverTheLimitIsRefusedNextToTheField() throws Exception {
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("name", "Ria")
				.param("email", "ria@gemeente.nl")
				.param("password", "xy".repeat(65)))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(Html.of(result).fieldError("password"))
				.isEqualTo("Kies een wachtwoord van hooguit 128 tekens."));
		verify(this.accounts, never()).register(any(), any());
	}

	@Test
	void badInputIsShownNextToTheFieldsAndWhatWasTypedIsKept() throws Exception {
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("name", "")
				.param("email", "geen-adres")
				.param("organisation", "Waterschap Vallei")
				.param("password", "kort"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "email", "password"))
			.andExpect((result) -> {
				Html form = Html.of(result);
				assertThat(form.fieldError("name")).isEqualTo("Vul dit veld in.");
				assertThat(form.fieldError("email")).startsWith("Dit is geen geldig e-mailadres");
				assertThat(form.fieldError("password")).isEqualTo("Kies een wachtwoord van minimaal 10 tekens.");
				assertThat(form.value("email")).isEqualTo("geen-adres");
				assertThat(form.value("organisation")).isEqualTo("Waterschap Vallei");
				assertThat(form.value("password")).as("a password is never sent back").isEmpty();
			})
			.andExpect(unauthenticated());
		verify(this.accounts, never()).register(any(), any());
	}

	@Test
	void aCommonPasswordIsRefusedNextToTheFieldAndTheRestIsKept() throws Exception {
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("name", "Ria")
				.param("email", "ria@gemeente.nl")
				.param("password", "Password123"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "password"))
			.andExpect((result) -> {
				Html form = Html.of(result);
				assertThat(form.fieldError("password")).startsWith("Dit wachtwoord staat op de lijst");
				assertThat(form.value("name")).isEqualTo("Ria");
				assertThat(form.value("email")).isEqualTo("ria@gemeente.nl");
				assertThat(form.value("password")).isEmpty();
			})
			.andExpect(unauthenticated());
		verify(this.accounts, never()).register(any(), any());
	}

	@Test
	void aPasswordOfOneRepeatedCharacterIsRefused() throws Exception {
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("name", "Ria")
				.param("email", "ria@gemeente.nl")
				.param("password", "zzzzzzzzzzzz"))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(Html.of(result).fieldError("password"))
				.startsWith("Een wachtwoord van steeds hetzelfde teken"));
		verify(this.accounts, never()).register(any(), any());
	}

	@Test
	void aLongPasswordInAnyScriptIsTaken() throws Exception {
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("name", "Oleg")
				.param("email", "oleg@gemeente.nl")
				.param("password", "Чайки летят над широкой рекой, и ветер поёт свою песню"))
			.andExpect(redirectedUrl("/registreren/verstuurd"));
		verify(this.accounts).register(any(), any());
	}

	@Test
	void typedHtmlIsShownAsTextNeverRun() throws Exception {
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("name", "<script>alert('x')</script>")
				.param("email", "fout")
				.param("password", "lang-genoeg-wachtwoord"))
			.andExpect(status().isOk())
			.andExpect((result) -> {
				Html form = Html.of(result);
				assertThat(form.all("script")).as("no script element").isEmpty();
				assertThat(form.value("name")).isEqualTo("<script>alert('x')</script>");
			});
	}

	@Test
	void aFormWithoutCsrfTokenIsRejected() throws Exception {
		this.mvc
			.perform(post("/registreren").param("name", "Ria")
				.param("email", "ria@gemeente.nl")
				.param("password", "lang-genoeg-wachtwoord"))
			.andExpect(redirectedUrl("/login?verlopen"));
		verify(this.accounts, never()).register(any(), any());
	}

}
