package nl.clubhuis.doetank.web;

import nl.clubhuis.shared.LayoutForWebSlices;
import nl.clubhuis.doetank.domain.DoetankAccess;
import nl.clubhuis.doetank.DoetankAgenda;
import nl.clubhuis.doetank.domain.DoetankCatalog;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.DoetankStories;
import nl.clubhuis.doetank.DoetankToolkit;

import nl.clubhuis.route.RouteRecords;

import java.util.Set;

import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberDirectory;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.ClockConfiguration;
import nl.clubhuis.shared.NotFoundException;
import nl.clubhuis.shared.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DoetankPageController.class)
@Import({ SecurityConfiguration.class, DoetankPaths.class, ClockConfiguration.class, DoetankPageModel.class,
		DoetankAccess.class, LayoutForWebSlices.class })
class DoetankPageControllerTest {

	static final MemberPrincipal MEMBER = new MemberPrincipal(5L, "lid@gemeente.nl", "Lid", Set.of(GlobalRole.LID),
			null);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DoetankCatalog catalog;

	@MockitoBean
	DoetankService service;

	@MockitoBean
	RouteRecords records;

	@MockitoBean
	DoetankStories stories;

	@MockitoBean
	DoetankAgenda agenda;

	@MockitoBean
	DoetankToolkit toolkit;

	@MockitoBean
	MemberDirectory members;

	@MockitoBean
	nl.clubhuis.doetank.TeamGuests guests;

	@MockitoBean
	RevisionViews revisions;

	@MockitoBean
	nl.clubhuis.expertise.ExpertiseVocabulary vocabulary;

	@Test
	void anUnknownDoetankIsNotFound() throws Exception {
		given(this.catalog.show(eq("bestaat-niet"), any())).willThrow(new NotFoundException("bestaat-niet"));

		this.mvc.perform(get("/doetanks/bestaat-niet")).andExpect(status().isNotFound());
	}

	@Test
	void approvingARequestOnSomeoneElsesDoetankIsForbidden() throws Exception {
		willThrow(new AccessDeniedException("not a trekker")).given(this.service)
			.approveRequest("kennisbehoud", 12L, MEMBER);

		this.mvc.perform(post("/doetanks/kennisbehoud/aanvragen/12/goedkeuren").with(user(MEMBER)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTrekkerApprovesAndReturnsToTheDoetankPage() throws Exception {
		this.mvc.perform(post("/doetanks/kennisbehoud/aanvragen/12/goedkeuren").with(user(MEMBER)).with(csrf()))
			.andExpect(redirectedUrl("/doetanks/kennisbehoud"))
			.andExpect(flash().attribute("flashSuccess", "doetank.join.approved"));
		verify(this.service).approveRequest("kennisbehoud", 12L, MEMBER);
	}

	@Test
	void aRuleThatSaysNoIsExplainedOnThePage() throws Exception {
		willThrow(new nl.clubhuis.shared.RuleViolationException("doetank.rule.lastTrekker")).given(this.service)
			.leave("kennisbehoud", MEMBER);

		this.mvc.perform(post("/doetanks/kennisbehoud/verlaten").with(user(MEMBER)).with(csrf()))
			.andExpect(redirectedUrl("/doetanks/kennisbehoud"))
			.andExpect(flash().attribute("flashProblem", "doetank.rule.lastTrekker"));
	}

	@Test
	void actionsWithoutCsrfTokenAreRejected() throws Exception {
		this.mvc.perform(post("/doetanks/kennisbehoud/aanvragen/12/goedkeuren").with(user(MEMBER)))
			.andExpect(status().isForbidden());
		verify(this.service, never()).approveRequest(any(), any(), any());
	}

	@Test
	void visitorsMustLogInBeforeAskingToJoin() throws Exception {
		this.mvc.perform(post("/doetanks/kennisbehoud/aanmelden").with(csrf()).param("motivation", "Graag"))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/doetanks/kennisbehoud/aanmelden")).andExpect(redirectedUrl("/login"));
	}

}
