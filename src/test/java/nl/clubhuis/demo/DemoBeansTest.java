package nl.clubhuis.demo;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's beans come with their profile, decided when the portal starts. */
class DemoBeansTest {

	@Test
	void withoutTheProfilesThereIsNothingOfTheDemo() {
		assertThat(typesWith()).isEmpty();
		assertThat(typesWith("default", "production")).isEmpty();
	}

	@Test
	void theDemoProfileBringsTheLoaderAndWhatItLoads() {
		assertThat(typesWith("demo")).hasSize(13)
			.contains(DemoDataLoader.class, DemoPosts.class, DemoAgenda.class, DemoFollows.class)
			.doesNotContain(ScaleDataGenerator.class);
	}

	@Test
	void theScaleProfileBringsTheGeneratorAndItsSizes() {
		assertThat(typesWith("demo", "scale")).hasSize(15).contains(ScaleDataGenerator.class, ScaleProperties.class);
		assertThat(typesWith("scale")).containsExactlyInAnyOrder(ScaleDataGenerator.class, ScaleProperties.class);
	}

	private static List<Class<?>> typesWith(String... profiles) {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.getEnvironment().setActiveProfiles(profiles);
			context.register(new DemoBeans.Registrar());
			return Arrays.stream(context.getBeanDefinitionNames())
				.<Class<?>>map((name) -> context.getBeanDefinition(name).getResolvableType().resolve())
				.toList();
		}
	}

}
