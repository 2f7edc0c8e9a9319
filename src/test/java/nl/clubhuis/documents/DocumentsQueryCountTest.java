package nl.clubhuis.documents;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.shared.uploads.UploadFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Doetank page costs the same number of statements with 1 or 12 documents and
 * versions.
 */
@IntegrationTest
class DocumentsQueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	DoetankDocuments documents;

	@Autowired
	nl.clubhuis.documents.domain.DocumentLibrary library;

	@Autowired
	StatementCounter statementCounter;

	@Test
	void theDoetankPageWithDocumentsUsesAFixedNumberOfStatements() throws Exception {
		MemberPrincipal trekker = this.people.member("Quinten Trekker");
		String slug = this.doetanks.active(trekker, this.people.coach("Quirine Coach"));
		byte[] pdf = UploadFiles.pdf("Stuk");
		Long first = add(slug, trekker, pdf, Visibility.OPENBAAR);
		long few = statementsFor(get("/doetanks/" + slug).with(user(trekker)));

		for (int i = 0; i < 6; i++) {
			add(slug, trekker, pdf, (i % 2 == 0) ? Visibility.TEAM : Visibility.OPENBAAR);
			this.library.addVersion(slug, first, "v.pdf", pdf, java.util.UUID.randomUUID(), trekker);
		}
		long many = statementsFor(get("/doetanks/" + slug).with(user(trekker)));

		assertThat(many).isEqualTo(few);
	}

	private Long add(String slug, MemberPrincipal trekker, byte[] pdf, Visibility visibility) {
		return this.documents.add(slug,
				new NewDocument("Plan van aanpak", DocumentKind.PLAN_VAN_AANPAK, Phase.INITIEREN, visibility),
				"plan.pdf", pdf, trekker);
	}

	private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
		this.statementCounter.reset();
		this.mvc.perform(request).andExpect(status().isOk());
		return this.statementCounter.count();
	}

}
