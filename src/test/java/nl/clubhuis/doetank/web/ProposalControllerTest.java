package nl.clubhuis.doetank.web;

import nl.clubhuis.shared.LayoutForWebSlices;
import nl.clubhuis.doetank.DoetankService;

import java.util.Set;

import nl.clubhuis.Html;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberDirectory;
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
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProposalController.class)
@Import({ SecurityConfiguration.class, DoetankPaths.class, LayoutForWebSlices.class })
class ProposalControllerTest {

	static final MemberPrincipal MEMBER = new MemberPrincipal(3L, "lid@gemeente.nl", "Lid", Set.of(GlobalRole.LID),
			null);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DoetankService service;

	@MockitoBean
	MemberDirectory members;

	@MockitoBean
	nl.clubhuis.doetank.DoetankEditService editing;

	@Test
	void visitorsAreAskedToLogInFirst() throws Exception {
		this.mvc.perform(get("/doetanks/nieuw")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aMemberSeesTheForm() throws Exception {
		this.mvc.perform(get("/doetanks/nieuw").with(user(MEMBER))).andExpect(status().isOk()).andExpect((result) -> {
			Html form = Html.of(result);
			assertThat(form.label("title")).isEqualTo("Titel");
			assertThat(form.field("title").id()).isEqualTo("title");
		});
	}

	@Test
	void aValidProposalIsSavedAndTheMemberLandsOnItsPage() throws Exception {
		given(this.service.propose(any(), any(), eq(MEMBER))).willReturn("minder-regels");

		this.mvc
			.perform(post("/doetanks/nieuw").with(user(MEMBER))
				.with(csrf())
				.param("title", "Minder regels")
				.param("vraagstuk", "Te veel regels.")
				.param("theme", "DIENSTVERLENING")
				.param("organisation", "Gemeente Zwolle")
				.param("lookingFor", "LEDEN", "EXPERTISE"))
			.andExpect(redirectedUrl("/doetanks/minder-regels"));
	}

	@Test
	void anEmptyTitleAndATooLongVraagstukAreExplainedAndTheRestIsKept() throws Exception {
		this.mvc
			.perform(post("/doetanks/nieuw").with(user(MEMBER))
				.with(csrf())
				.param("title", " ")
				.param("vraagstuk", "x".repeat(2001))
				.param("ambition", "Mijn ambitie blijft staan")
				.param("organisation", "Gemeente Zwolle")
				.param("lookingFor", "OPDRACHTGEVER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "title", "vraagstuk", "theme"))
			.andExpect((result) -> {
				Html form = Html.of(result);
				assertThat(form.fieldError("title")).isEqualTo("Vul dit veld in.");
				assertThat(form.fieldError("vraagstuk")).isEqualTo("Gebruik hooguit 2.000 tekens.");
				assertThat(form.fieldError("theme")).isEqualTo("Maak een keuze.");
				assertThat(form.value("ambition")).isEqualTo("Mijn ambitie blijft staan");
				assertThat(form.value("organisation")).isEqualTo("Gemeente Zwolle");
				assertThat(form.checked("lookingFor")).containsExactly("OPDRACHTGEVER");
			});
		verify(this.service, never()).propose(any(), any(), any());
	}

}
