package nl.clubhuis.beheer;

import java.util.List;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.agenda.TestEvents;
import nl.clubhuis.audit.AuditFact;
import nl.clubhuis.audit.AuditLog;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.route.BusinessCaseEntry;
import nl.clubhuis.route.GateReviewService;
import nl.clubhuis.route.RouteRecords;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The logboek holds every change a beheerder makes and every time one steps in on a
 * Doetank that is not theirs; it filters by kind and person, and nothing can change it.
 */
@IntegrationTest
class LogboekTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService doetankService;

	@Autowired
	GateReviewService reviews;

	@Autowired
	RouteRecords routeRecords;

	@Autowired
	TestEvents events;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyChangeToAnAccountIsInTheLogboekNewestFirstAndFilterable() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");
		MemberPrincipal member = this.people.member("Lotte Logboek");
		for (String change : List.of("/rollen/REDACTEUR/toekennen", "/rollen/REDACTEUR/intrekken", "/blokkeren",
				"/deblokkeren")) {
			this.mvc.perform(post("/beheer/leden/" + member.id() + change).param("reason", "SPAM")
				.with(csrf())
				.with(user(beheerder)));
		}

		Html all = logboek(beheerder, "persoon", member.id().toString());
		assertThat(all.all(".log-table tbody tr").eachAttr("data-kind")).containsExactly("UNBLOCKED", "BLOCKED",
				"ROLE_REVOKED", "ROLE_GRANTED");
		assertThat(all.texts(".log-what")).containsExactly("Blokkade opgeheven", "Geblokkeerd: spam",
				"Rol afgenomen: Redacteur", "Rol gegeven: Redacteur");
		assertThat(all.texts(".log-actor")).containsOnly("Bea Beheer");
		assertThat(all.texts(".log-about")).containsOnly("Lotte Logboek");
		assertThat(all.text(".log-person")).contains("Lotte Logboek");

		Html blocks = logboek(beheerder, "persoon", member.id().toString(), "soort", "blocked");
		assertThat(blocks.all(".log-table tbody tr").eachAttr("data-kind")).containsExactly("BLOCKED");
		assertThat(blocks.value("soort")).isEqualTo("BLOCKED");
	}

	@Test
	void aBeheerderSteppingInOnSomeoneElsesDoetankIsLoggedAndATrekkerDecidingIsNot() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bas Ingreep");
		MemberPrincipal trekker = this.people.member("Tessa Trekker");
		MemberPrincipal coach = this.people.coach("Cor Coach");
		String slug = this.doetanks.active(trekker, coach);
		MemberPrincipal one = this.people.member("Rik Een");
		MemberPrincipal two = this.people.member("Rik Twee");
		this.doetankService.requestToJoin(slug, "Graag!", one);
		this.doetankService.requestToJoin(slug, "Graag!", two);
		this.doetankService.approveRequest(slug, this.doetanks.pendingRequestId(slug, one), trekker);
		this.doetankService.approveRequest(slug, this.doetanks.pendingRequestId(slug, two), beheerder);
		this.reviews.record(slug, this.doetanks.review(slug, GateDecision.Kind.BLIJVEN), beheerder);
		this.routeRecords.addBusinessCaseLine(slug, new BusinessCaseEntry(BusinessCaseEntry.Side.KOSTEN,
				BusinessCaseEntry.Dimension.TIJD, "Uren van de beheerder", null), beheerder);
		this.events.meeting(slug, beheerder);
		this.events.meeting(slug, trekker);
		this.routeRecords.addBusinessCaseLine(slug, new BusinessCaseEntry(BusinessCaseEntry.Side.BATEN,
				BusinessCaseEntry.Dimension.TIJD, "Minder formulieren", null), trekker);

		Html byBeheerder = logboek(beheerder, "persoon", beheerder.id().toString(), "soort", "STEPPED_IN");
		assertThat(byBeheerder.texts(".log-what")).containsExactly(
				"Ingegrepen in een Doetank: bijeenkomst van het team gepland",
				"Ingegrepen in een Doetank: businesscase gewijzigd",
				"Ingegrepen in een Doetank: gatekeepers-overleg vastgelegd",
				"Ingegrepen in een Doetank: verzoek om mee te doen goedgekeurd");
		assertThat(byBeheerder.links(".log-about")).containsOnly("/doetanks/" + slug);
		assertThat(logboek(beheerder, "persoon", trekker.id().toString()).has(".log-table")).isFalse();
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveAnEntryButKeepsItWhenItsMemberGoes() {
		Long memberId = this.jdbc.queryForObject("""
				INSERT INTO member (email, name, slug, password_hash) VALUES (?, 'Weg Straks', ?, 'x') RETURNING id""",
				Long.class, "weg-" + System.nanoTime() + "@example.org", "weg-straks-" + System.nanoTime());
		this.transactions.executeWithoutResult((tx) -> this.audit.record(AuditFact.blocked(null, memberId, null)));
		Long entry = this.jdbc.queryForObject("SELECT id FROM audit_entry WHERE member_id = ?", Long.class, memberId);

		assertThatThrownBy(() -> this.jdbc.update("UPDATE audit_entry SET kind = 'UNBLOCKED' WHERE id = ?", entry))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("DELETE FROM audit_entry WHERE id = ?", entry))
			.hasMessageContaining("append-only");

		this.jdbc.update("DELETE FROM member WHERE id = ?", memberId);
		assertThat(this.jdbc.queryForList("SELECT kind FROM audit_entry WHERE id = ? AND member_id IS NULL",
				String.class, entry))
			.containsExactly("BLOCKED");
	}

	private Html logboek(MemberPrincipal beheerder, String... params) throws Exception {
		var request = get("/beheer/logboek").with(user(beheerder));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return Html.of(this.mvc.perform(request).andExpect(status().isOk()));
	}

}
