package nl.clubhuis.doetank;

import java.util.List;
import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.Inbox;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A team the trekker keeps up to date, as people see it: join requests with a role and
 * withdrawn, invitations found by name and answered by the invitee only, roles, rings and
 * memberships changed after a confirmation, coaches assigned by the network.
 */
@IntegrationTest
class TeamPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService service;

	@Autowired
	Invitations invitations;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	MemberPrincipal trekker;

	MemberPrincipal coach;

	String slug;

	@BeforeEach
	void anActiveDoetank() {
		this.trekker = this.people.member("Tessa Trekker");
		this.coach = this.people.coach("Cor Coach");
		this.slug = this.doetanks.active(this.trekker, this.coach);
	}

	@Test
	void aMemberAsksToJoinAsEindgebruikerAndIsApprovedInThatRole() throws Exception {
		MemberPrincipal eva = this.people.member("Eva Eindgebruiker");
		Html form = page(get(doetank()).with(user(eva)));
		assertThat(form.options("role")).containsExactly("", "LID", "PROBLEEMEIGENAAR", "OPDRACHTGEVER", "SUPPORTER",
				"EINDGEBRUIKER");
		assertThat(form.value("role")).as("lid unless they choose").isEqualTo("LID");

		this.mvc
			.perform(post(doetank() + "/aanmelden").param("role", "EINDGEBRUIKER")
				.param("motivation", "Ik vraag zelf elk jaar toeslag aan.")
				.with(user(eva))
				.with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "doetank.join.sent"));

		Html asTrekker = page(get(doetank()).with(user(this.trekker)));
		assertThat(asTrekker.text(".request__role")).isEqualTo("Vraagt als: Eindgebruiker");
		this.service.approveRequest(this.slug, this.doetanks.pendingRequestId(this.slug, eva), this.trekker);
		assertThat(page(get(doetank())).texts(".team__group"))
			.anySatisfy((group) -> assertThat(group).startsWith("Eindgebruiker").contains("Eva Eindgebruiker"));
	}

	@Test
	void askingForTheTrekkersRoleIsRefusedAtTheFieldWithTheMotivationKept() throws Exception {
		MemberPrincipal eva = this.people.member("Eva Eager");

		Html again = page(post(doetank() + "/aanmelden").param("role", "TREKKER")
			.param("motivation", "Ik wil het overnemen.")
			.with(user(eva))
			.with(csrf()));

		assertThat(again.fieldError("role")).isEqualTo(
				"Voor deze rol kun je niet zelf vragen of uitgenodigd worden: iemand uit het team wordt trekker, en coaches worden door het netwerk toegewezen.");
		assertThat(again.value("motivation")).isEqualTo("Ik wil het overnemen.");
		assertThat(this.doetanks.load(this.slug, eva).pendingRequestOf(eva.id())).isEmpty();
	}

	@Test
	void theRequesterWithdrawsAfterAConfirmationAndMayAskAgain() throws Exception {
		MemberPrincipal rik = this.people.member("Rik Twijfel");
		this.service.requestToJoin(this.slug, "Ik doe graag mee.", rik);
		assertThat(page(get(doetank()).with(user(rik))).links(".own-request"))
			.containsExactly(doetank() + "/aanvraag/intrekken");

		Html confirm = page(get(doetank() + "/aanvraag/intrekken").with(user(rik)));
		assertThat(confirm.text("h1")).startsWith("Aanvraag intrekken");
		assertThat(confirm.text("#pagina form button")).isEqualTo("Ja, aanvraag intrekken");

		this.mvc.perform(post(doetank() + "/aanvraag/intrekken").with(user(rik)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "doetank.withdraw.done"));
		this.mvc.perform(post(doetank() + "/aanvraag/intrekken").with(user(rik)).with(csrf()))
			.andExpect(flash().attribute("flashProblem", "doetank.rule.noSuchRequest"));

		Html after = page(get(doetank()).with(user(rik)));
		assertThat(after.text(".own-request")).contains("Je hebt je aanvraag ingetrokken.");
		assertThat(after.has("textarea[name=motivation]")).as("may ask again").isTrue();
		assertThat(page(get(doetank()).with(user(this.trekker))).has(".request")).isFalse();
	}

	@Test
	void theTrekkerInvitesAMemberFoundByNameWhoAcceptsOnceFromTheMail() throws Exception {
		String unique = "Ilse Uitgenodigd " + letters();
		MemberPrincipal ilse = this.people.member(unique);
		this.jdbc.update("UPDATE member SET locale = 'en' WHERE id = ?", ilse.id());

		Html found = page(get(team()).param("naam", unique.substring(5)).with(user(this.trekker)));
		assertThat(found.texts(".invite-form label")).anySatisfy((label) -> assertThat(label).startsWith(unique));
		assertThat(found.text()).doesNotContain(ilse.getUsername());

		this.mvc.perform(invite(ilse, "OPDRACHTGEVER", "SCHIL").with(user(this.trekker)))
			.andExpect(flash().attribute("flashSuccess", "doetank.team.invited"));
		this.mvc.perform(invite(ilse, "OPDRACHTGEVER", "SCHIL").with(user(this.trekker)))
			.andExpect(flash().attribute("flashSuccess", "doetank.team.invited"));
		assertThat(page(get(team()).with(user(this.trekker))).texts(".invitation__name")).containsExactly(unique);

		Inbox.Mail mail = this.inbox.awaitOne(ilse.getUsername());
		assertThat(mail.subject()).as("in Ilse's language").startsWith("Invitation: join");
		assertThat(mail.text()).contains("Tessa Trekker", "as opdrachtgever");
		String link = mail.pathOfLink("/uitnodiging");
		assertThat(link).isEqualTo(doetank() + "/uitnodiging");
		Html invitation = page(get(link).with(user(ilse)));
		assertThat(invitation.text(".invitation-text")).contains("Tessa Trekker", "Opdrachtgever", "Schil");
		assertThat(page(get(doetank()).with(user(ilse))).links(".own-invitation")).containsExactly(link);
		Long id = this.invitations.openFor(ilse.id()).get(0).membershipId();

		MemberPrincipal someoneElse = this.people.member("Sjoerd Sluiper");
		this.mvc.perform(post(link + "/" + id + "/accepteren").with(user(someoneElse)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(link + "/" + id + "/accepteren").with(user(this.trekker)).with(csrf()))
			.andExpect(status().isNotFound());
		for (int click = 0; click < 2; click++) {
			this.mvc.perform(post(link + "/" + id + "/accepteren").with(user(ilse)).with(csrf()))
				.andExpect(flash().attribute("flashSuccess", "doetank.invitation.accepted"));
		}

		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM membership WHERE member_id = ? AND state = 'ACTIEF' AND role = 'OPDRACHTGEVER'",
				Long.class, ilse.id()))
			.isEqualTo(1);
		assertThat(this.invitations.openFor(ilse.id())).isEmpty();
		assertThat(this.inbox.to(ilse.getUsername())).hasSize(1);
		this.inbox.settle();
		assertThat(this.inbox.to(ilse.getUsername())).as("one invitation, one mail").hasSize(1);
	}

	@Test
	void anInvitationWithoutAChoiceIsShownAgainWithTheMessageAtTheFieldAndTheSearchKept() throws Exception {
		String unique = "Kim Keuze " + letters();
		this.people.member(unique);

		Html again = page(post(team() + "/uitnodigingen").param("naam", unique)
			.param("role", "SUPPORTER")
			.param("ring", "KERN")
			.with(user(this.trekker))
			.with(csrf()));

		assertThat(again.fieldError("memberId")).isEqualTo("Maak een keuze.");
		assertThat(again.one(".invite-form select[name=role] option[selected]").val()).isEqualTo("SUPPORTER");
		assertThat(again.one(".invite-form input[name=naam]").val()).isEqualTo(unique);
		assertThat(again.texts(".invite-form label span:first-child")).contains(unique);
	}

	@Test
	void theSearchFindsNobodyBlockedAndNobodyAlreadyInTheTeam() throws Exception {
		String unique = "Bo Blok " + letters();
		MemberPrincipal blocked = this.people.member(unique + " Geblokkeerd");
		MemberPrincipal inTeam = this.people.member(unique + " Al Lid");
		this.people.member(unique + " Gewoon");
		this.jdbc.update("UPDATE member SET blocked_at = now() WHERE id = ?", blocked.id());
		this.service.requestToJoin(this.slug, "Graag", inTeam);
		this.service.approveRequest(this.slug, this.doetanks.pendingRequestId(this.slug, inTeam), this.trekker);

		Html found = page(get(team()).param("naam", unique).with(user(this.trekker)));

		assertThat(found.texts(".invite-form label span:first-child")).containsExactly(unique + " Gewoon");
	}

	@Test
	void theTrekkerChangesARoleMovesToTheSchilAndEndsAMembershipWithAWord() throws Exception {
		MemberPrincipal lex = this.people.member("Lex Lid");
		this.service.requestToJoin(this.slug, "Graag", lex);
		Long id = this.doetanks.pendingRequestId(this.slug, lex);
		this.service.approveRequest(this.slug, id, this.trekker);

		this.mvc.perform(post(team() + "/" + id + "/ring").param("ring", "SCHIL").with(user(this.trekker)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "doetank.team.ringChanged"));
		this.mvc
			.perform(post(team() + "/" + id + "/rol").param("role", "SUPPORTER").with(user(this.trekker)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "doetank.team.roleChanged"));
		this.mvc
			.perform(post(team() + "/" + id + "/rol").param("role", "SUPPORTER").with(user(this.trekker)).with(csrf()))
			.andExpect(flash().attribute("flashProblem", "doetank.rule.notInTeam"));

		Html teamPage = page(get(team()).with(user(this.trekker)));
		Element row = teamPage.all("tr.team-member")
			.stream()
			.filter((r) -> r.text().contains("Lex Lid"))
			.findFirst()
			.orElseThrow();
		assertThat(row.selectFirst(".team-member__role").text()).isEqualTo("Supporter");
		assertThat(row.selectFirst(".team-member__ring").text()).isEqualTo("Schil");
		Html detail = page(get(doetank()));
		assertThat(detail.texts(".team__ring-title")).containsExactly("Kern", "Schil");
		assertThat(detail.text(".team--schil")).contains("Lex Lid");
		assertThat(detail.text(".team--kern")).doesNotContain("Lex Lid");
		String endPath = row.selectFirst("a.end-link").attr("href");

		Html confirm = page(get(endPath).with(user(this.trekker)));
		assertThat(confirm.text("h1")).isEqualTo("Uit het team halen: Lex Lid");
		Html tooLong = page(post(endPath).param("note", "x".repeat(1001)).with(user(this.trekker)).with(csrf()));
		assertThat(tooLong.fieldError("note")).isEqualTo("Gebruik hooguit 1.000 tekens.");
		this.mvc.perform(
				post(endPath).param("note", "Dank voor je hulp bij de proef!").with(user(this.trekker)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "doetank.team.ended"));

		assertThat(this.doetanks.load(this.slug, null).isMember(lex.id())).isFalse();
		List<Inbox.Mail> mails = this.inbox.await(lex.getUsername(), 2);
		assertThat(mails).extracting(Inbox.Mail::subject)
			.anyMatch((subject) -> subject.endsWith("je aanvraag om mee te doen is goedgekeurd"));
		Inbox.Mail mail = mails.stream().filter((m) -> m.subject().startsWith("Je rol in")).findFirst().orElseThrow();
		assertThat(mail.text()).contains("als supporter", "Dank voor je hulp bij de proef!");
	}

	@Test
	void theLastTrekkerStaysAndTheTrekkerAssignsNoCoaches() throws Exception {
		Long trekkerMembership = this.doetanks.load(this.slug, null)
			.activeMembers(MembershipRole.TREKKER)
			.get(0)
			.getId();

		this.mvc.perform(post(team() + "/" + trekkerMembership + "/beeindigen").with(user(this.trekker)).with(csrf()))
			.andExpect(flash().attribute("flashProblem", "doetank.rule.lastTrekker"));
		this.mvc
			.perform(post(team() + "/" + trekkerMembership + "/rol").param("role", "LID")
				.with(user(this.trekker))
				.with(csrf()))
			.andExpect(flash().attribute("flashProblem", "doetank.rule.lastTrekker"));
		MemberPrincipal otherCoach = this.people.coach("Carla Tweede-Coach");
		this.mvc
			.perform(post(team() + "/coaches").param("memberId", otherCoach.id().toString())
				.with(user(this.trekker))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(page(get(team()).with(user(this.trekker))).has("#coaches")).isFalse();

		this.mvc
			.perform(post(team() + "/coaches").param("memberId", otherCoach.id().toString())
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "doetank.team.coachAssigned"));
		assertThat(this.doetanks.load(this.slug, null).isCoachOf(otherCoach.id())).isTrue();
		this.mvc
			.perform(post(team() + "/coaches").param("memberId", this.trekker.id().toString())
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(flash().attribute("flashProblem", "doetank.rule.notANetworkCoach"));
	}

	@Test
	void aBeheerderWhoStepsInIsLoggedAndAnOutsiderIsRefused() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bas Beheerder");
		MemberPrincipal invitee = this.people.member("Iris Ingevlogen");

		this.mvc.perform(invite(invitee, "LID", "KERN").with(user(beheerder)))
			.andExpect(flash().attribute("flashSuccess", "doetank.team.invited"));
		this.mvc
			.perform(invite(this.people.member("Otto Ander"), "LID", "KERN")
				.with(user(this.people.member("Olga Outsider"))))
			.andExpect(status().isForbidden());

		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE kind = 'STEPPED_IN' AND detail = 'TEAM_INVITED' AND actor_id = ?",
				Long.class, beheerder.id()))
			.isEqualTo(1);
		// A coach of this Doetank invites too.
		this.mvc.perform(invite(this.people.member("Cas Coachgenodigd"), "LID", "KERN").with(user(this.coach)))
			.andExpect(flash().attribute("flashSuccess", "doetank.team.invited"));
	}

	@Test
	void aMemberLeavesAfterAConfirmation() throws Exception {
		MemberPrincipal lex = this.people.member("Lex Vertrek");
		this.service.requestToJoin(this.slug, "Graag", lex);
		this.service.approveRequest(this.slug, this.doetanks.pendingRequestId(this.slug, lex), this.trekker);
		assertThat(page(get(doetank()).with(user(lex))).links(".leave-form")).containsExactly(doetank() + "/verlaten");

		Html confirm = page(get(doetank() + "/verlaten").with(user(lex)));
		assertThat(confirm.text("#pagina form button")).isEqualTo("Ja, verlaten");
		this.mvc.perform(post(doetank() + "/verlaten").with(user(lex)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "doetank.leave.done"));

		assertThat(this.doetanks.load(this.slug, null).isMember(lex.id())).isFalse();
	}

	/** WCAG 2.5.3: what a button shows is where its accessible name begins. */
	@Test
	void everyTeamButtonsAccessibleNameStartsWithItsVisibleText() throws Exception {
		MemberPrincipal lex = this.people.member("Anouk Jansen");
		this.service.requestToJoin(this.slug, "Graag", lex);
		this.service.approveRequest(this.slug, this.doetanks.pendingRequestId(this.slug, lex), this.trekker);

		Html detail = page(get(doetank()).with(user(this.trekker)));
		Element makeTrekker = detail.one(".team__action button");
		assertThat(makeTrekker.attr("aria-label")).isEqualTo("Maak trekker: Anouk Jansen")
			.startsWith(makeTrekker.text());
		Html teamPage = page(get(team()).with(user(this.trekker)));
		List<Element> controls = teamPage.all("#huidig button, #huidig a").stream().toList();
		assertThat(controls).isNotEmpty().allSatisfy((control) -> {
			String visible = control.select("> span:not(.visually-hidden)").text();
			assertThat(control.attr("aria-label")).isEmpty();
			assertThat(control.text()).startsWith(visible).isNotEqualTo(visible);
		});
	}

	/** Six random letters, for a name only this test uses (and a valid address). */
	private static String letters() {
		StringBuilder letters = new StringBuilder();
		UUID.randomUUID()
			.toString()
			.replace("-", "")
			.chars()
			.limit(6)
			.forEach((c) -> letters.append((char) ('a' + c % 26)));
		return letters.toString();
	}

	private MockHttpServletRequestBuilder invite(MemberPrincipal invitee, String role, String ring) {
		return post(team() + "/uitnodigingen").param("memberId", invitee.id().toString())
			.param("role", role)
			.param("ring", ring)
			.with(csrf());
	}

	private Html page(MockHttpServletRequestBuilder request) throws Exception {
		return Html.of(this.mvc.perform(request).andExpect(status().isOk()));
	}

	private String doetank() {
		return "/doetanks/" + this.slug;
	}

	private String team() {
		return doetank() + "/team";
	}

}
