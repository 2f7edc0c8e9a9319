package nl.clubhuis.site;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
