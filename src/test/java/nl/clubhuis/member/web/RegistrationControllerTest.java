package nl.clubhuis.member.web;

import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.member.domain.EmailAlreadyRegisteredException;

import java.util.Set;

import nl.clubhuis.Html;
import nl.clubhuis.shared.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(RegistrationController.class)
@Import({ SecurityConfiguration.class, MemberPaths.class })
class RegistrationControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MemberService members;

	@Test
	void aNewMemberIsRegisteredAndLoggedIn() throws Exception {
		given(this.members.register(any()))
			.willReturn(new MemberPrincipal(7L, "ria@gemeente.nl", "Ria", Set.of(GlobalRole.LID), "{noop}x"));

		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("name", "Ria")
				.param("email", "ria@gemeente.nl")
				.param("organisation", "Gemeente Zwolle")
				.param("password", "lang-genoeg-wachtwoord"))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername("ria@gemeente.nl"));
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
		verify(this.members, never()).register(any());
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
		verify(this.members, never()).register(any());
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
		verify(this.members, never()).register(any());
	}

	@Test
	void aLongPasswordInAnyScriptIsTaken() throws Exception {
		given(this.members.register(any()))
			.willReturn(new MemberPrincipal(8L, "oleg@gemeente.nl", "Oleg", Set.of(GlobalRole.LID), "{noop}x"));

		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("name", "Oleg")
				.param("email", "oleg@gemeente.nl")
				.param("password", "Чайки летят над широкой рекой, и ветер поёт свою песню"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void anAddressThatIsAlreadyRegisteredGetsAClearMessage() throws Exception {
		given(this.members.register(any())).willThrow(new EmailAlreadyRegisteredException());

		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("name", "Ria")
				.param("email", "ria@gemeente.nl")
				.param("password", "lang-genoeg-wachtwoord"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "registration.email.taken"))
			.andExpect((result) -> assertThat(Html.of(result).fieldError("email"))
				.startsWith("Er is al een account met dit e-mailadres"))
			.andExpect(unauthenticated());
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
		verify(this.members, never()).register(any());
	}

}
