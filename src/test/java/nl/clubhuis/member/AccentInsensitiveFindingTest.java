package nl.clubhuis.member;

import java.util.Set;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.Profiles.Draft;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Finding a member by name or organisation ignores accents and case, as the site search
 * does: in the beheerder's member list, the directory (/leden) and when inviting someone
 * to a team, "zoe" finds "Zoë" and "ijssel" finds "Ĳsselstein".
 */
@IntegrationTest
class AccentInsensitiveFindingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	Profiles profiles;

	@Autowired
	MemberAdministration administration;

	@Autowired
	MemberDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void accentsAndTheIjLigatureAreFoldedAway() {
		assertThat(this.jdbc.queryForObject("SELECT fold_accents('Zoë Tëster, Ĳsselstein, ÉÀÇÑ Øre, Ĳ')", String.class))
			.isEqualTo("zoe tester, ijsselstein, eacn ore, ij");
	}

	@Test
	void theMemberListTheDirectoryAndInvitingFindAMemberWithoutTheAccents() throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		MemberPrincipal zoe = this.people.member("Zoë Tëster " + run);
		this.profiles.save(zoe.id(),
				new Draft("Gemeente Ĳsselstein " + run, null, null, Set.of(), ProfileVisibility.LEDEN));

		for (String typed : new String[] { "zoe tester " + run, "ZOË TËSTER " + run, "ijsselstein " + run }) {
			assertThat(this.administration.search(typed, AccountState.IN_GEBRUIK, 0).getContent())
				.as("the beheerder's list for %s", typed)
				.extracting(MemberAccount::id)
				.containsExactly(zoe.id());
		}
		assertThat(this.directory.findByName("zoe tester " + run, 10)).as("inviting someone")
			.extracting(MemberRef::id)
			.containsExactly(zoe.id());
		MemberPrincipal viewer = this.people.member("Kijker " + run);
		assertThat(Html.of(this.mvc.perform(get("/leden").param("naam", "zoe tester " + run).with(user(viewer))))
			.texts(".member-list__name")).containsExactly("Zoë Tëster " + run);
		assertThat(
				Html.of(this.mvc.perform(get("/leden").param("organisatie", "ijsselstein " + run).with(user(viewer))))
					.texts(".member-list__name"))
			.containsExactly("Zoë Tëster " + run);
	}

}
