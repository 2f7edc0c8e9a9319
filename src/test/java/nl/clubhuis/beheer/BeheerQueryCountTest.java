package nl.clubhuis.beheer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The member list, a member's page and the logboek need the same number of SQL statements
 * with ten times more members, entries and Doetanks.
 */
@IntegrationTest
class BeheerQueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankService doetankService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter counter;

	@Test
	void beheerPagesUseAFixedNumberOfStatements() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Telling");
		MemberPrincipal measured = this.people.member("Mees Gemeten");
		this.doetanks.active(measured, this.people.coach("Cor Coach"));
		Long doetankId = this.jdbc.queryForObject("SELECT max(id) FROM doetank", Long.class);
		List<Long> few = bulkMembers(40);
		bulkEntries(few, doetankId, measured.id(), 60);
		List<Long> small = measure(beheerder, measured);

		List<Long> many = bulkMembers(300);
		bulkEntries(many, doetankId, measured.id(), 600);
		MemberPrincipal trekker = this.people.member("Tijn Trekker");
		for (int i = 0; i < 3; i++) {
			String slug = this.doetanks.active(trekker, this.people.coach("Cor Coach"));
			this.doetankService.requestToJoin(slug, "Graag", measured);
		}
		List<Long> large = measure(beheerder, measured);

		org.slf4j.LoggerFactory.getLogger(BeheerQueryCountTest.class)
			.info("Statements for the beheer pages (list, search, unverified, member, logboek, mail, filtered): {}",
					large);
		assertThat(large).as("statements per page with ten times more data").isEqualTo(small);
		assertThat(small).as("statements per page: %s", this.counter.recorded())
			.allSatisfy((count) -> assertThat(count).isLessThanOrEqualTo(7));
	}

	/**
	 * Statements for: the list, a search, the unverified accounts, a member's page, the
	 * logboek, the mail page, a filtered logboek.
	 */
	private List<Long> measure(MemberPrincipal beheerder, MemberPrincipal measured) throws Exception {
		List<Long> counts = new ArrayList<>();
		// The first page: Spring Data counts only when a page is full, and it is full
		// here
		// with few members as with many.
		counts.add(statementsFor(get("/beheer").with(user(beheerder))));
		counts.add(statementsFor(get("/beheer").param("zoek", "bulk").with(user(beheerder))));
		counts.add(statementsFor(get("/beheer").param("status", "ONBEVESTIGD").with(user(beheerder))));
		counts.add(statementsFor(get("/beheer/leden/" + measured.id()).with(user(beheerder))));
		counts.add(statementsFor(get("/beheer/logboek").with(user(beheerder))));
		counts.add(statementsFor(get("/beheer/mail").with(user(beheerder))));
		counts.add(statementsFor(get("/beheer/logboek").param("soort", "STEPPED_IN")
			.param("persoon", measured.id().toString())
			.with(user(beheerder))));
		return counts;
	}

	private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
		this.counter.reset();
		this.mvc.perform(request).andExpect(status().isOk());
		return this.counter.count();
	}

	private List<Long> bulkMembers(int howMany) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < howMany; i++) {
			ids.add(this.jdbc.queryForObject(
					"INSERT INTO member (email, name, organisation, slug, password_hash) VALUES (?, ?, 'Bulk BV', ?, 'x') RETURNING id",
					Long.class, "bulk-" + UUID.randomUUID() + "@example.org", "Bulk Lid " + i,
					"bulk-" + UUID.randomUUID()));
		}
		return ids;
	}

	/** Entries about and by these members, and as many stepping in on the Doetank. */
	private void bulkEntries(List<Long> members, Long doetankId, Long measuredId, int howMany) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < howMany; i++) {
			Long member = members.get(i % members.size());
			rows.add(new Object[] { "ROLE_GRANTED", members.get((i + 1) % members.size()), member, null, "COACH" });
			rows.add(new Object[] { "STEPPED_IN", measuredId, null, doetankId, "REQUEST_APPROVED" });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO audit_entry (recorded_at, kind, actor_id, member_id, doetank_id, detail)
				VALUES (now(), ?, ?, ?, ?, ?)""", rows);
	}

}
