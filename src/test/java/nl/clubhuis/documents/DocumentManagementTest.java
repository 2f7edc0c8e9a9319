package nl.clubhuis.documents;

import java.util.UUID;

import nl.clubhuis.Html;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.uploads.UploadFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A trekker (or a beheerder) takes back what a Doetank should not show: a version with
 * personal data in it, a document that is for the team only, a document placed by
 * mistake. Others in the team add documents but do not take them away.
 */
@IntegrationTest
class DocumentManagementTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	JdbcTemplate jdbc;

	MemberPrincipal trekker;

	String slug;

	String document;

	@BeforeEach
	void aDocumentWithTwoVersions() throws Exception {
		this.trekker = this.people.member("Tara Trekker");
		this.slug = this.doetanks.active(this.trekker, this.people.coach("Coby Coach"));
		this.mvc
			.perform(multipart("/doetanks/" + this.slug + "/documenten/nieuw")
				.file(new MockMultipartFile("file", "verslag.pdf", "application/pdf", UploadFiles.pdf("Met namen")))
				.param("title", "Verslag")
				.param("kind", "VERSLAG")
				.param("phase", "SCHETSEN")
				.param("visibility", "OPENBAAR")
				.param("token", UUID.randomUUID().toString())
				.with(user(this.trekker))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Long id = this.jdbc.queryForObject(
				"SELECT max(d.id) FROM document d JOIN doetank t ON t.id = d.doetank_id WHERE t.slug = ?", Long.class,
				this.slug);
		this.document = "/doetanks/" + this.slug + "/documenten/" + id;
		this.mvc
			.perform(multipart(this.document + "/versie")
				.file(new MockMultipartFile("file", "verslag.pdf", "application/pdf", UploadFiles.pdf("Zonder namen")))
				.param("token", UUID.randomUUID().toString())
				.with(user(this.trekker))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aTrekkerTakesAwayTheVersionWithPersonalDataInIt() throws Exception {
		Html manage = Html
			.of(this.mvc.perform(get(this.document + "/beheren").with(user(this.trekker))).andExpect(status().isOk()));
		assertThat(manage.texts(".document-versions .document-version__download")).hasSize(2)
			.first()
			.asString()
			.startsWith("Versie 2");

		assertThat(manage.links(".document-versions")).contains(this.document + "/versies/1/verwijderen");
		Html confirm = Html.of(this.mvc.perform(get(this.document + "/versies/1/verwijderen").with(user(this.trekker)))
			.andExpect(status().isOk()));
		assertThat(confirm.text("h1")).isEqualTo("Versie 1 van Verslag verwijderen");
		this.mvc.perform(post(this.document + "/versies/1/verwijderen").with(user(this.trekker)).with(csrf()))
			.andExpect(redirectedUrl(this.document + "/beheren"))
			.andExpect(flash().attribute("flashSuccess", "documents.manage.versionDeleted"));
		this.mvc.perform(post(this.document + "/versies/1/verwijderen").with(user(this.trekker)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "documents.manage.unchanged"));

		this.mvc.perform(get(this.document + "/versies/1")).andExpect(status().isNotFound());
		this.mvc.perform(get(this.document)).andExpect(status().isOk());
		Html page = Html.of(this.mvc.perform(get("/doetanks/" + this.slug)));
		assertThat(page.has("#documenten details")).as("no earlier versions left").isFalse();
		this.mvc.perform(post(this.document + "/versies/2/verwijderen").with(user(this.trekker)).with(csrf()))
			.andExpect(flash().attribute("flashProblem", "documents.manage.onlyVersion"));
		this.mvc.perform(get(this.document + "/versies/2")).andExpect(status().isOk());
	}

	@Test
	void aNumberTakenAwayIsNeverGivenToAnotherFile() throws Exception {
		UUID token = UUID.randomUUID();
		this.mvc.perform(newVersion("Derde", token)).andExpect(status().is3xxRedirection());
		this.mvc.perform(post(this.document + "/versies/3/verwijderen").with(user(this.trekker)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "documents.manage.versionDeleted"));

		this.mvc.perform(newVersion("Derde", token)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(this.document + "/versies/3")).andExpect(status().isNotFound());
		assertThat(this.mvc.perform(get(this.document)).andReturn().getResponse().getContentAsByteArray())
			.as("the newest left is version 2")
			.isEqualTo(this.mvc.perform(get(this.document + "/versies/2"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
		this.mvc.perform(newVersion("Vierde", UUID.randomUUID())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(this.document + "/versies/4")).andExpect(status().isOk());
		this.mvc.perform(get(this.document + "/versies/3")).andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder newVersion(String text,
			UUID token) {
		var request = multipart(this.document + "/versie");
		request.file(new MockMultipartFile("file", "verslag.pdf", "application/pdf", UploadFiles.pdf(text)))
			.param("token", token.toString())
			.with(user(this.trekker))
			.with(csrf());
		return request;
	}

	@Test
	void aTrekkerMakesAPublicDocumentTheTeamsOnly() throws Exception {
		this.mvc
			.perform(post(this.document + "/zichtbaarheid").param("visibility", "TEAM")
				.with(user(this.trekker))
				.with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "documents.manage.visibilityChanged"));

		this.mvc.perform(get(this.document)).andExpect(status().isNotFound());
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + this.slug))).has("#documenten")).isFalse();
		this.mvc.perform(get(this.document).with(user(this.trekker))).andExpect(status().isOk());
		this.mvc
			.perform(post(this.document + "/zichtbaarheid").param("visibility", "iedereen")
				.with(user(this.trekker))
				.with(csrf()))
			.andExpect(flash().attribute("flashProblem", "documents.manage.chooseVisibility"));
	}

	@Test
	void aDocumentPlacedByMistakeGoesWithEveryVersion() throws Exception {
		Html confirm = Html.of(this.mvc.perform(get(this.document + "/verwijderen").with(user(this.trekker)))
			.andExpect(status().isOk()));
		assertThat(confirm.text("main p")).startsWith("Het document en al zijn 2 versies verdwijnen");

		this.mvc.perform(post(this.document + "/verwijderen").with(user(this.trekker)).with(csrf()))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#documenten"));
		this.mvc.perform(post(this.document + "/verwijderen").with(user(this.trekker)).with(csrf()))
			.andExpect(redirectedUrl("/doetanks/" + this.slug + "#documenten"));

		this.mvc.perform(get(this.document)).andExpect(status().isNotFound());
		this.mvc.perform(get(this.document + "/versies/1")).andExpect(status().isNotFound());
		assertThat(Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.trekker))))
			.texts("#documenten .document__download")).isEmpty();
	}

	@Test
	void theRestOfTheTeamAddsButDoesNotTakeAway() throws Exception {
		MemberPrincipal teamMember = this.people.member("Lien Lid");
		this.doetanks.addMember(this.slug, teamMember, MembershipRole.LID);
		MemberPrincipal outsider = this.people.member("Olaf Buiten");

		Html forTeamMember = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(teamMember))));
		assertThat(forTeamMember.has("#documenten a[href$='/beheren']")).isFalse();
		Html forTrekker = Html.of(this.mvc.perform(get("/doetanks/" + this.slug).with(user(this.trekker))));
		assertThat(forTrekker.links("#documenten")).contains(this.document + "/beheren");
		for (MemberPrincipal who : new MemberPrincipal[] { teamMember, outsider }) {
			this.mvc.perform(get(this.document + "/beheren").with(user(who))).andExpect(status().isForbidden());
			this.mvc.perform(post(this.document + "/verwijderen").with(user(who)).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post(this.document + "/versies/1/verwijderen").with(user(who)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get(this.document)).andExpect(status().isOk());
		this.mvc.perform(get("/doetanks/" + this.slug + "/documenten/999999999/beheren").with(user(this.trekker)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aBeheerderWhoTakesADocumentAwayIsInTheLogboek() throws Exception {
		MemberPrincipal beheerder = this.people.beheerder("Bea Beheer");

		this.mvc.perform(post(this.document + "/versies/1/verwijderen").with(user(beheerder)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(this.document + "/verwijderen").with(user(beheerder)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForList(
				"SELECT detail FROM audit_entry WHERE kind = 'STEPPED_IN' AND actor_id = ? ORDER BY id", String.class,
				beheerder.id()))
			.containsExactly("DOCUMENT_VERSION_DELETED", "DOCUMENT_DELETED");
	}

}
