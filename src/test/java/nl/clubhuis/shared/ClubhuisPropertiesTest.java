package nl.clubhuis.shared;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's settings: defaults in one place, each one changeable on its own. */
class ClubhuisPropertiesTest {

	@Test
	void withoutSettingsTheDefaultsApply() {
		ClubhuisProperties properties = bind(Map.of());

		assertThat(properties.baseUrl()).isEqualTo("http://localhost:8080");
		assertThat(properties.mail().from()).isEqualTo("clubhuis@example.org");
		assertThat(properties.uploads().maxBytes()).isEqualTo(8 * 1024 * 1024);
		assertThat(properties.privacyContact()).isEqualTo("privacy@example.org");
		assertThat(properties.beheerder()).isNull();
		assertThat(properties.openData().downloads()).isEqualTo(2);
		assertThat(properties.openData().timeoutSeconds()).isEqualTo(60);
	}

	@Test
	void theFirstBeheerderComesFromTheEnvironment() {
		assertThat(bind(Map.of("clubhuis.beheerder", "eerste@example.org")).beheerder())
			.isEqualTo("eerste@example.org");
	}

	@Test
	void oneSettingLeavesTheOthersAtTheirDefaults() {
		ClubhuisProperties properties = bind(
				Map.of("clubhuis.mail.from", "redactie@clubhuis.example", "clubhuis.uploads.max-bytes", "1048576"));

		assertThat(properties.mail().from()).isEqualTo("redactie@clubhuis.example");
		assertThat(properties.uploads().maxBytes()).isEqualTo(1_048_576);
		assertThat(properties.baseUrl()).isEqualTo("http://localhost:8080");
	}

	private static ClubhuisProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("clubhuis",
				ClubhuisProperties.class);
	}

}
