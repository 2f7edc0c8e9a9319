package nl.clubhuis.route.web;

import nl.clubhuis.shared.LayoutForWebSlices;
import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.DoetankToolkit;
import nl.clubhuis.doetank.Phase;

import nl.clubhuis.route.GateReviewService;
import nl.clubhuis.route.domain.GateReviewPreparation;
import nl.clubhuis.route.domain.CoachQuorum;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.clubhuis.Html;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.ClockConfiguration;
import nl.clubhuis.shared.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * When another coach saved first, the second coach gets a clear message and keeps
 * everything typed.
 */
@WebMvcTest(GateReviewController.class)
@Import({ SecurityConfiguration.class, RoutePaths.class, ClockConfiguration.class, LayoutForWebSlices.class })
class GateReviewControllerTest {

	static final MemberPrincipal COACH = new MemberPrincipal(9L, "coach@gemeente.nl", "Coach", Set.of(GlobalRole.COACH),
			null);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	GateReviewService service;

	@MockitoBean
	DoetankToolkit toolkit;

	@Test
	void aConflictIsExplainedAndTheInputIsKept() throws Exception {
		DoetankRef doetank = new DoetankRef(1L, "kennisbehoud", "Kennisbehoud", Phase.SCHETSEN, DoetankStatus.ACTIEF);
		given(this.service.prepare(eq("kennisbehoud"), any()))
			.willReturn(new GateReviewPreparation(doetank, List.of(), List.of(), List.of(), Map.of(), null));
		given(this.service.quorum()).willReturn(new CoachQuorum(1));
		willThrow(new OptimisticLockingFailureException("another coach saved first")).given(this.service)
			.record(eq("kennisbehoud"), any(), any(), any());

		this.mvc
			.perform(post("/doetanks/kennisbehoud/gatekeepers").with(user(COACH))
				.with(csrf())
				.param("heldOn", TestDoetanks.today().toString())
				.param("reflection", "Mijn zorgvuldig getypte reflectie")
				.param("decision", "BLIJVEN")
				.param("agreedActions", "Over vier weken opnieuw kijken"))
			.andExpect(status().isOk())
			.andExpect((result) -> {
				Html form = Html.of(result);
				assertThat(form.text(".alert--error")).contains("Een andere coach heeft net een gatekeepers-overleg");
				assertThat(form.value("reflection")).isEqualTo("Mijn zorgvuldig getypte reflectie");
				assertThat(form.value("agreedActions")).isEqualTo("Over vier weken opnieuw kijken");
				assertThat(form.checked("decision")).containsExactly("BLIJVEN");
			});
	}

}
