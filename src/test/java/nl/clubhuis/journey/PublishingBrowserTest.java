package nl.clubhuis.journey;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import nl.clubhuis.TestDatabaseConfiguration;
import nl.clubhuis.member.GlobalRole;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing in a real browser (headless Chromium): a team member writes a blog post with
 * a picture that appears on the Doetank's page and in its feed; a redacteur publishes
 * news that the home page shows; and text full of script never opens a dialog. Every page
 * is checked with axe-core, and the browser asks nothing of any other host.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class PublishingBrowserTest extends BrowserJourney {

	@TempDir
	Path folder;

	@Test
	void aMemberBlogsWithAPictureAndARedacteurPublishesNews() throws IOException {
		String title = "Slimmer samenwerken " + this.run;
		String trekker = "Tessa Trekker";
		String trekkerEmail = "tessa-" + this.run + "@example.org";
		String slug = anActiveDoetank(title, createMember(trekker, trekkerEmail, "Gemeente Deventer"),
				createCoach("Carla Coach", "carla-" + this.run + "@example.org"));
		String redacteur = "Ruben Redacteur";
		String redacteurEmail = "ruben-" + this.run + "@example.org";
		createWithRole(redacteur, redacteurEmail, GlobalRole.REDACTEUR);
		String blogTitle = "Onze eerste proef met inwoners " + this.run;

		// The trekker writes on the team's blog, first forgetting to describe the photo.
		this.page.navigate("/");
		logIn(trekkerEmail, trekker);
		openDoetank(region("Jouw Doetanks"), title);
		region("Blog van dit team")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Blogbericht schrijven"))
			.click();
		assertThat(heading()).hasText("Blogbericht schrijven");
		checkAccessibility("blog form");
		this.page.getByLabel("Titel").fill(blogTitle);
		this.page.getByLabel("Tekst").fill("## Wat we deden\n\nTien inwoners vulden het nieuwe formulier in.");
		this.page.getByLabel("Kies een foto").setInputFiles(picture("proef.png"));
		this.page.getByLabel("Tags").fill("experimenteren, inwoners");
		button("Voorbeeld bekijken").click();
		assertThat(region("Voorbeeld (nog niet opgeslagen)").getByRole(AriaRole.HEADING,
				new Locator.GetByRoleOptions().setName("Wat we deden")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Beschrijf de foto voor wie haar niet kan zien.");
		checkAccessibility("blog form with preview and an error");
		assertThat(this.page.getByLabel("Titel")).hasValue(blogTitle);
		this.page.getByLabel("Beschrijving van de foto").fill("Inwoners aan tafel met het nieuwe formulier");
		button("Publiceren").click();

		assertThat(this.page.getByText("Je bericht is gepubliceerd.")).isVisible();
		assertThat(heading()).hasText(blogTitle);
		Locator cover = this.page.getByAltText("Inwoners aan tafel met het nieuwe formulier");
		assertThat(cover).isVisible();
		assertThat((Integer) cover.evaluate("img => img.naturalWidth")).as("the picture loads").isPositive();
		checkAccessibility("blog post");

		// It shows on the Doetank's page, and in its feed.
		this.page.navigate("/doetanks/" + slug);
		assertThat(region("Blog van dit team")).containsText(blogTitle);
		String feed = this.page.request().get("/doetanks/" + slug + "/blog/feed").text();
		assertThat(Jsoup.parse(feed, "", Parser.xmlParser()).select("entry > title").eachText()).contains(blogTitle);
		logOut();

		// The redacteur publishes news, which the home page shows.
		String newsTitle = "Aanmelden voor het Grand Café " + this.run;
		logIn(redacteurEmail, redacteur);
		menuItem("Nieuws").click();
		checkAccessibility("news list, redacteur");
		link("Nieuw bericht").click();
		this.page.getByLabel("Titel").fill(newsTitle);
		this.page.getByLabel("Samenvatting").fill("Op 12 december praten Doetanks en bestuurders samen.");
		this.page.getByLabel("Tekst").fill("Het Grand Café is dit jaar in Utrecht.");
		button("Publiceren").click();
		assertThat(heading()).hasText(newsTitle);
		goHome();
		assertThat(region("Uit het netwerk")).containsText(newsTitle);
		checkAccessibility("home with news");
		assertAccessibleAndSelfContained();
	}

	@Test
	void textFullOfScriptOpensNoDialog() {
		String trekker = "Xander Test";
		String trekkerEmail = "xander-" + this.run + "@example.org";
		String slug = anActiveDoetank("Veilig schrijven " + this.run,
				createMember(trekker, trekkerEmail, "Gemeente Deventer"),
				createCoach("Carla Coach", "carla2-" + this.run + "@example.org"));
		List<String> dialogs = new CopyOnWriteArrayList<>();
		this.page.onDialog((dialog) -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		String payload = String.join("\n\n", "<script>alert('script')</script>", "<img src=x onerror=alert('img')>",
				"<svg onload=alert('svg')>", "[klik](javascript:alert('link'))", "<a href=# onclick=alert('a')>a</a>",
				"<iframe src=javascript:alert('frame')></iframe>");
		this.page.navigate("/");
		logIn(trekkerEmail, trekker);
		this.page.navigate("/doetanks/" + slug + "/blog/nieuw");
		this.page.getByLabel("Titel").fill("<img src=x onerror=alert('title')> " + this.run);
		this.page.getByLabel("Samenvatting").fill("<script>alert('summary')</script>");
		this.page.getByLabel("Tekst").fill(payload);
		button("Voorbeeld bekijken").click();
		button("Publiceren").click();
		assertThat(this.page.getByText("Je bericht is gepubliceerd.")).isVisible();
		this.page.getByLabel("Je reactie").fill("<script>alert('comment')</script><img src=x onerror=alert('c')>");
		button("Reageren").click();
		assertThat(this.page.getByText("Je reactie staat er.")).isVisible();
		this.page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("klik"))
			.click();
		for (String path : List.of("/doetanks/" + slug, "/doetanks/" + slug + "/blog", "/blogs", "/")) {
			this.page.navigate(path);
		}
		this.page.waitForTimeout(300);
		assertThat(dialogs).as("dialogs opened by typed text").isEmpty();
	}

	private Path picture(String name) throws IOException {
		BufferedImage image = new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(227, 240, 239));
		graphics.fillRect(0, 0, 800, 450);
		graphics.setColor(new Color(13, 92, 99));
		graphics.fillRoundRect(200, 100, 400, 250, 40, 40);
		graphics.dispose();
		Path file = this.folder.resolve(name);
		ImageIO.write(image, "png", Files.newOutputStream(file));
		return file;
	}

}
