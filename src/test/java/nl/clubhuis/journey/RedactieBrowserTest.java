package nl.clubhuis.journey;

import java.nio.file.Paths;

import com.microsoft.playwright.Page;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import nl.clubhuis.moderation.Moderation;
import nl.clubhuis.moderation.ReportKind;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.publishing.TestPosts;
import nl.clubhuis.publishing.TestPosts.WrittenPost;
import nl.clubhuis.publishing.domain.CommentService;
import nl.clubhuis.publishing.domain.PostWriting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A redacteur follows "Redactie" in the header to the desk, opens the moderation queue
 * and hides a reported comment with a word to its author, on a phone (375 px: nothing
 * wider than the screen, the buttons within reach) and on a desktop; every page checked
 * with axe. Leaves screenshots in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class RedactieBrowserTest extends BrowserJourney {

	static final int PHONE = 375;

	@Autowired
	PostWriting postWriting;

	@Autowired
	CommentService comments;

	@Autowired
	Moderation moderation;

	@Test
	void aRedacteurWorksTheDeskAndTheQueueOnAPhone() {
		String email = "rita-" + this.run + "@example.org";
		MemberPrincipal redacteur = createWithRole("Rita Redactie", email, GlobalRole.REDACTEUR);
		MemberPrincipal author = createMember("Sam Schrijver", "sam-" + this.run + "@example.org", "Gemeente Ede");
		MemberPrincipal reporter = createMember("Mia Melder", "mia-" + this.run + "@example.org", "Gemeente Ede");
		TestPosts posts = new TestPosts(this.postWriting);
		WrittenPost post = posts.published(PostKind.NIEUWS, null, "Over de drempel " + this.run, redacteur);
		posts.concept(PostKind.CAFEBLOG, null, "Nog niet af " + this.run, redacteur);
		long commentId = this.comments
			.add(post.slug(),
					"Een heel lange reactie met een adres www.voorbeeld-van-een-erg-lange-link-zonder-spaties.nl/"
							+ "pad/naar/iets",
					author)
			.comment()
			.getId();
		this.moderation.report(ReportKind.COMMENT, commentId, "Reclame voor een eigen bedrijf", reporter);
		this.comments.report(commentId, Viewer.of(reporter));

		this.page.setViewportSize(PHONE, 812);
		this.page.navigate("/");
		logIn(email, "Rita Redactie");
		this.page.navigate("/");
		accountLink("Redactie").click();
		assertThat(heading()).hasText("Redactie");
		assertThat(this.page.locator("#concepten")).containsText("Nog niet af " + this.run);
		assertThat(this.page.locator("#meldingen")).containsText("Sam Schrijver");
		assertFitsThePhone("desk");
		checkAccessibility("editorial desk on a phone");

		link("Alles wat gemeld is").click();
		assertThat(heading()).hasText("Gemeld");
		String card = "#melding-COMMENT-" + commentId;
		assertThat(this.page.locator(card)).containsText("Reclame voor een eigen bedrijf");
		assertThat(this.page.locator(card)).containsText("Mia Melder");
		assertFitsThePhone("queue");
		checkAccessibility("moderation queue on a phone");

		this.page.navigate("/redactie/reacties");
		assertFitsThePhone("reported-comments");
		checkAccessibility("reported comments on a phone");

		this.page.navigate("/redactie/meldingen");
		this.page.locator(card + " textarea").fill("Reclame hoort hier niet");
		this.page.locator(card).getByText("Verbergen").click();
		assertThat(this.page.locator(".alert--success")).containsText("Verborgen");
		assertThat(this.page.locator(card)).hasCount(0);

		this.page.getByText("Wat de redactie verborg").click();
		String hidden = "#verborgen-COMMENT-" + commentId;
		assertThat(this.page.locator(hidden)).containsText("Verborgen door de redactie");
		assertFitsThePhone("hidden");
		checkAccessibility("what the editors hid, on a phone");
		this.page.locator(hidden).getByText("Herstellen").click();
		assertThat(this.page.locator(hidden)).containsText("Weer zichtbaar");

		this.page.setViewportSize(1280, 900);
		this.page.navigate("/redactie");
		screenshot("redactie-1280-desk");
		checkAccessibility("editorial desk on a desktop");
		assertAccessibleAndSelfContained();
	}

	private void assertFitsThePhone(String name) {
		screenshot("redactie-375-" + name);
		Number width = (Number) this.page.evaluate("document.documentElement.scrollWidth");
		assertThat(width.intValue()).as("the page's width on a phone: " + name).isLessThanOrEqualTo(PHONE);
	}

	private void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png"))
			.setFullPage(true));
	}

}
