package nl.clubhuis.site;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.clubhuis.doetank.GateDecision;
import nl.clubhuis.doetank.LookingFor;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.MembershipState;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.doetank.Theme;
import nl.clubhuis.doetank.Urgency;
import nl.clubhuis.publishing.PostKind;
import nl.clubhuis.route.DoorState;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Dutch and English carry the same texts, and every text a template asks for exists. */
class MessageBundlesTest {

	@Test
	void dutchAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> dutch = load("messages_nl.properties").stringPropertyNames();
		Set<String> english = load("messages_en.properties").stringPropertyNames();

		assertThat(new TreeSet<>(english)).as("keys in English").isEqualTo(new TreeSet<>(dutch));
	}

	@Test
	void noTextIsEmpty() throws IOException {
		for (String bundle : new String[] { "messages_nl.properties", "messages_en.properties" }) {
			Properties texts = load(bundle);
			assertThat(texts.stringPropertyNames()).as(bundle)
				.allSatisfy((key) -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
		}
	}

	/**
	 * Spring formats a text with MessageFormat only when it is given arguments, which a
	 * text with a placeholder is, and so is every validation message (it is given the
	 * field): there an apostrophe is written twice ("network''s"; one alone swallows the
	 * text up to the next one, placeholders included), elsewhere once ("macro's"; written
	 * twice it shows twice).
	 */
	@Test
	void apostrophesAreWrittenAsTheirTextIsFormatted() throws IOException {
		Pattern placeholder = Pattern.compile("\\{\\d");
		Pattern lone = Pattern.compile("(?<!')'(?!')");
		Pattern validation = Pattern.compile("(NotNull|NotBlank|NotEmpty|Size|Email|AssertTrue|AssertFalse|Min|Max"
				+ "|Pattern|Past|Future|PastOrPresent|FutureOrPresent|Positive|PositiveOrZero|DecimalMin|DecimalMax"
				+ "|typeMismatch)(\\..*)?");
		for (String bundle : new String[] { "messages_nl.properties", "messages_en.properties" }) {
			Properties texts = load(bundle);
			assertThat(texts.stringPropertyNames()).as(bundle).allSatisfy((key) -> {
				String text = texts.getProperty(key);
				if (placeholder.matcher(text).find() || validation.matcher(key).matches()) {
					assertThat(lone.matcher(text).find()).as("a lone apostrophe in %s", key).isFalse();
				}
				else {
					assertThat(text).as(key).doesNotContain("''");
				}
			});
		}
	}

	@Test
	void everyLiteralMessageKeyInTheTemplatesExists() throws IOException {
		Set<String> dutch = load("messages_nl.properties").stringPropertyNames();
		Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = literalKey.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!dutch.contains(matcher.group(1))) {
						missing.add(matcher.group(1) + " in " + template.getFileName());
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * Templates name these values with a key built from the value ({@code #{${'phase.' +
	 * p}}}): every value has its text, or the page shows {@code ??phase.X_nl??}.
	 */
	@Test
	void everyValueATemplateNamesByItsKeyHasItsText() throws IOException {
		Set<String> dutch = load("messages_nl.properties").stringPropertyNames();
		Map<String, Class<? extends Enum<?>>> named = Map.of("phase.", Phase.class, "theme.", Theme.class,
				"beheer.membership.", MembershipState.class, "teamRole.", MembershipRole.class, "lookingFor.",
				LookingFor.class, "urgency.", Urgency.class, "gate.decision.", GateDecision.Kind.class, "doors.state.",
				DoorState.class, "post.kind.", PostKind.class);
		Set<String> missing = new TreeSet<>();
		named.forEach((prefix, type) -> {
			for (Enum<?> value : type.getEnumConstants()) {
				if (!dutch.contains(prefix + value.name())) {
					missing.add(prefix + value.name());
				}
			}
		});
		assertThat(missing).isEmpty();
	}

	/**
	 * The logboek names what a beheerder did in a Doetank by the action its service
	 * records ({@code audit.action.X}); the actions are string literals in the calls that
	 * record a step-in (and the line after, where a call is wrapped).
	 */
	@Test
	void everyStepInTheServicesRecordHasItsTextInTheLogboek() throws IOException {
		Set<String> dutch = load("messages_nl.properties").stringPropertyNames();
		Pattern call = Pattern.compile(
				"(stepIn|stepIns\\.record|recordIfSteppedIn|recordIfOutsideTeam|steppedIn|logStepIn|logIfBeheerderSteppedIn|lockedForOrganiser)\\(");
		Pattern action = Pattern.compile("\"([A-Z][A-Z0-9_]*[A-Z0-9])\"");
		Set<String> actions = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				List<String> lines = Files.readAllLines(source);
				for (int i = 0; i < lines.size(); i++) {
					if (call.matcher(lines.get(i)).find()) {
						String wrapped = lines.get(i) + ((i + 1 < lines.size()) ? lines.get(i + 1) : "");
						action.matcher(wrapped).results().forEach((found) -> actions.add(found.group(1)));
					}
				}
			}
		}
		assertThat(actions).as("the scan finds the actions")
			.contains("TEAM_ROLE_CHANGED", "MEETING_CHANGED", "MILESTONE_ADDED", "BUSINESS_CASE_CHANGED");
		assertThat(actions).allSatisfy((found) -> assertThat(dutch).contains("audit.action." + found));
	}

	/**
	 * WCAG 2.1 SC 2.5.3 (label in name): a link or button whose aria-label says more than
	 * its visible text ("Bewerken" for "Kafkabrigade bewerken") contains that text, so a
	 * speech user who says what they see reaches it. In both languages.
	 */
	@Test
	void aLinkOrButtonNamedMoreFullyStillContainsItsVisibleWords() throws IOException {
		Pattern element = Pattern.compile("<(a|button)\\b[^>]*>");
		Pattern visible = Pattern.compile("th:text=\"#\\{([\\w.]+)}\"");
		Pattern label = Pattern.compile("aria-label=#\\{([\\w.]+)[(}]");
		Set<String> mismatches = new TreeSet<>();
		int checked = 0;
		for (String bundle : new String[] { "messages_nl.properties", "messages_en.properties" }) {
			Properties texts = load(bundle);
			try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
				for (Path template : templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
					Matcher tags = element.matcher(Files.readString(template));
					while (tags.find()) {
						Matcher text = visible.matcher(tags.group());
						Matcher name = label.matcher(tags.group());
						if (text.find() && name.find()) {
							checked++;
							String words = texts.getProperty(text.group(1)).toLowerCase(Locale.ROOT);
							if (!texts.getProperty(name.group(1)).toLowerCase(Locale.ROOT).contains(words)) {
								mismatches.add(bundle + ": " + name.group(1) + " lacks '" + words + "'");
							}
						}
					}
				}
			}
		}
		assertThat(checked).as("elements checked").isGreaterThan(10);
		assertThat(mismatches).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
