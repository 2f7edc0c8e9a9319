package nl.clubhuis.doetank;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Voor jou" on a member's start page: the active Doetanks looking for what the member
 * knows, most terms in common first, then the most recently changed; never the member's
 * own Doetanks, a proposal or a Doetank whose story in the portal has ended.
 */
@IntegrationTest
class DoetanksLookingForTest {

	@Autowired
	Doetanks doetanks;

	@Autowired
	TestDoetanks testDoetanks;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void mostInCommonFirstThenTheMostRecentlyChangedLeavingOutOwnProposedAndEndedDoetanks() {
		String rules = term();
		String data = term();
		TestExpertise expertise = new TestExpertise(this.jdbc);
		MemberPrincipal trekker = this.people.member("Tess Trekker");
		MemberPrincipal coach = this.people.coach("Cor Coach");
		String both = this.testDoetanks.active(trekker, coach);
		String older = this.testDoetanks.active(trekker, coach);
		String newer = this.testDoetanks.active(trekker, coach);
		String own = this.testDoetanks.active(trekker, coach);
		String history = this.testDoetanks.active(trekker, coach);
		String proposal = this.testDoetanks.proposal(trekker);
		expertise.doetankLooksFor(both, rules, data);
		expertise.doetankLooksFor(older, rules);
		expertise.doetankLooksFor(newer, data);
		expertise.doetankLooksFor(own, rules, data);
		expertise.doetankLooksFor(proposal, rules, data);
		expertise.doetankLooksFor(history, rules, data);
		this.jdbc.update("UPDATE doetank SET record_ends_on = DATE '2015-06-30' WHERE slug = ?", history);
		changedDaysAgo(both, 30);
		changedDaysAgo(older, 2);
		changedDaysAgo(newer, 1);

		List<String> found = this.doetanks
			.lookingFor(Set.of(expertise.id(rules), expertise.id(data)), List.of(id(own)), 10)
			.stream()
			.map(DoetankCard::slug)
			.toList();

		assertThat(found).containsExactly(both, newer, older);
	}

	private String term() {
		String slug = "term-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("INSERT INTO expertise (slug, name_nl, name_en) VALUES (?, ?, ?)", slug, slug, slug);
		return slug;
	}

	private void changedDaysAgo(String slug, int days) {
		this.jdbc.update("UPDATE doetank SET updated_at = now() - make_interval(days => ?) WHERE slug = ?", days, slug);
	}

	private Long id(String slug) {
		return this.jdbc.queryForObject("SELECT id FROM doetank WHERE slug = ?", Long.class, slug);
	}

}
