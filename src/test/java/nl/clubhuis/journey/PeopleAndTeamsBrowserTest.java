package nl.clubhuis.journey;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import nl.clubhuis.Inbox;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.TestMailServer;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.uploads.UploadFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * People and teams in a real browser (issue 14): a trekker says what expertise the team
 * looks for, a member whose profile lists it finds the Doetank under "Voor jou" and asks
 * to join as eindgebruiker, the trekker approves, invites a third member as opdrachtgever
 * from the team page, uploads a plan van aanpak and adds a milestone; the invitee accepts
 * from the link in the mail and sees both new members' names linked to their profiles.
 * Every page on the way is checked with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestMailServer.class })
class PeopleAndTeamsBrowserTest extends BrowserJourney {

	private static final String EXPERTISE = "Gedragsinzicht";

	private static final String MOTIVATION = "Ik vul zelf elk jaar die formulieren in en zie waar mensen afhaken.";

	@Autowired
	private Inbox inbox;

	@Test
	void aTeamFindsTheExpertiseItLooksForAndGrows() {
		String title = "Minder formulieren " + this.run;
		String trekker = "Tineke Trekker " + this.run;
		String trekkerEmail = "tineke-" + this.run + "@example.org";
		String joiner = "Bram Gedrag " + this.run;
		String joinerEmail = "bram-" + this.run + "@example.org";
		String invitee = "Olga Opdracht " + this.run;
		String inviteeEmail = "olga-" + this.run + "@example.org";
		MemberPrincipal trekkerAccount = createWithRole(trekker, trekkerEmail, GlobalRole.LID);
		createWithRole(joiner, joinerEmail, GlobalRole.LID);
		createWithRole(invitee, inviteeEmail, GlobalRole.LID);
		MemberPrincipal coach = createCoach("Cor Coach " + this.run, "cor-" + this.run + "@example.org");
		anActiveDoetank(title, trekkerAccount, coach);

		// The trekker says the team looks for eindgebruikers with insight into behaviour.
		this.page.navigate("/");
		logIn(trekkerEmail, trekker);
		openDoetank(region("Jouw Doetanks"), title);
		checkAccessibility("Doetank, its trekker");
		link("Pagina bewerken").click();
		assertThat(heading()).hasText("Bewerk " + title);
		checkAccessibility("edit a Doetank");
		label("eindgebruikers").check();
		label(EXPERTISE).check();
		button("Opslaan").click();
		assertThat(this.page.getByText("De pagina is bijgewerkt.")).isVisible();
		Locator lookingFor = region("Wat dit team zoekt");
		assertThat(lookingFor).containsText("eindgebruikers");
		assertThat(lookingFor.locator("#zoekt-expertise")).containsText(EXPERTISE);
		logOut();

		// A member who knows about behaviour says so on their profile...
		logIn(joinerEmail, joiner);
		accountLink("Mijn profiel").click();
		assertThat(heading()).hasText("Mijn profiel");
		checkAccessibility("my profile");
		label(EXPERTISE).check();
		button("Profiel opslaan").click();
		assertThat(this.page.getByText("Je profiel is opgeslagen.")).isVisible();

		// ...finds the Doetank on Mijn Clubhuis and asks to join as eindgebruiker.
		accountLink("Mijn Clubhuis").click();
		assertThat(heading()).hasText("Mijn Clubhuis");
		checkAccessibility("my start page, with suggestions");
		Locator suggestion = region("Voor jou").getByRole(AriaRole.ARTICLE)
			.filter(new Locator.FilterOptions().setHasText(title));
		assertThat(suggestion).containsText(EXPERTISE);
		suggestion.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true)).click();
		assertThat(heading()).hasText(title);
		this.page.getByLabel("Je doet mee als").selectOption(new SelectOption().setLabel("Eindgebruiker"));
		this.page.getByLabel("Je motivatie").fill(MOTIVATION);
		checkAccessibility("Doetank, member who may join");
		button("Vraag om mee te doen").click();
		assertThat(this.page.getByText("Je aanvraag is verstuurd.")).isVisible();
		logOut();

		// The trekker approves the request on the Doetank page.
		logIn(trekkerEmail, trekker);
		openDoetank(region("Jouw Doetanks"), title);
		Locator request = region("Aanvragen om mee te doen").getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText(joiner));
		assertThat(request).containsText("Vraagt als: Eindgebruiker");
		assertThat(request).containsText(MOTIVATION);
		checkAccessibility("Doetank, trekker with a pending request");
		request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Goedkeuren")).click();
		assertThat(this.page.getByText("Aanvraag goedgekeurd")).isVisible();
		assertThat(region("Het team")).containsText(joiner);

		// She invites a third member as opdrachtgever from the team page.
		region("Het team").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Team beheren")).click();
		assertThat(heading()).hasText("Het team van " + title);
		checkAccessibility("the team page");
		this.page.getByLabel("Zoek een lid op naam").fill(invitee);
		button("Zoeken").click();
		this.page.getByLabel(invitee).check();
		this.page.getByLabel("Als", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Opdrachtgever"));
		label("Kern: heeft direct belang en maakt er tijd voor vrij").check();
		checkAccessibility("the team page, a member found");
		button("Uitnodigen").click();
		assertThat(this.page.getByText("De uitnodiging is verstuurd.")).isVisible();
		assertThat(region("Uitnodigingen").locator(".invitation")).containsText(invitee);

		// She uploads the plan van aanpak and adds a milestone.
		link("Terug naar de Doetank").click();
		assertThat(heading()).hasText(title);
		region("Documenten").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Document toevoegen"))
			.click();
		assertThat(heading()).hasText("Document toevoegen");
		checkAccessibility("upload a document");
		label("Titel").fill("Plan van aanpak");
		this.page.getByLabel("Soort document").selectOption(new SelectOption().setLabel("Plan van aanpak"));
		this.page.getByLabel("Fase").selectOption(new SelectOption().setLabel("Initiëren"));
		label("Iedereen die de Doetank ziet").check();
		this.page.getByLabel("Bestand")
			.setInputFiles(new FilePayload("plan.pdf", "application/pdf", UploadFiles.pdf("Plan van aanpak")));
		button("Document toevoegen").click();
		assertThat(this.page.getByText("Het document staat bij de Doetank.")).isVisible();
		assertThat(region("Documenten").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Plan van aanpak").setExact(true)))
			.isVisible();
		link("Plan van aanpak beheren").click();
		assertThat(heading()).hasText("Plan van aanpak beheren");
		checkAccessibility("manage a document");
		link("Document verwijderen…").click();
		assertThat(heading()).hasText("Plan van aanpak verwijderen");
		checkAccessibility("confirm a document's removal");
		link("Nee, terug").click();
		link(title).click();

		String milestone = "Opdracht getekend " + this.run;
		region("Het verloop").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mijlpaal toevoegen"))
			.click();
		assertThat(heading()).hasText("Mijlpaal toevoegen");
		checkAccessibility("add a milestone");
		label("Datum").fill(LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
		label("Titel").fill(milestone);
		label("In één regel").fill("De gemeente tekende de opdracht voor één formulier.");
		button("Mijlpaal toevoegen").click();
		assertThat(this.page.getByText("De mijlpaal staat in het verloop.")).isVisible();
		assertThat(region("Het verloop")).containsText(milestone);
		assertThat(region("Het verloop")).containsText("De gemeente tekende de opdracht voor één formulier.");
		checkAccessibility("Doetank, trekker with a milestone and a document");
		logOut();

		// The invitee follows the link in the mail and accepts.
		logIn(inviteeEmail, invitee);
		this.page.navigate(this.inbox.awaitOne(inviteeEmail).pathOfLink("/uitnodiging"));
		assertThat(heading()).hasText("Uitnodiging voor " + title);
		assertThat(this.page.getByText(trekker + " nodigt je uit om mee te doen als Opdrachtgever")).isVisible();
		checkAccessibility("an invitation");
		button("Ja, ik doe mee").click();
		assertThat(this.page.getByText("Welkom in het team!")).isVisible();

		// The team on the Doetank page links both new members to their profiles.
		assertThat(heading()).hasText(title);
		Locator team = region("Het team");
		assertThat(profileLink(team, joiner)).hasAttribute("href", Pattern.compile("/leden/[^/]+$"));
		assertThat(profileLink(team, invitee)).hasAttribute("href", Pattern.compile("/leden/[^/]+$"));
		assertThat(region("Documenten").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Plan van aanpak").setExact(true)))
			.isVisible();
		assertThat(region("Het verloop")).containsText(milestone);
		checkAccessibility("Doetank, new opdrachtgever");
		profileLink(team, joiner).click();
		assertThat(heading()).hasText(joiner);
		assertThat(this.page.getByText(EXPERTISE)).isVisible();

		assertAccessibleAndSelfContained();
	}

	private Locator label(String text) {
		return this.page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
	}

	private static Locator profileLink(Locator team, String name) {
		return team.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
