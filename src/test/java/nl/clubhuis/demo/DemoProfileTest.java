package nl.clubhuis.demo;

import nl.clubhuis.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the demo profile, as in production, there is nothing of the demo at all: only
 * {@link DemoBeans}, which registers nothing then.
 */
@IntegrationTest
class DemoProfileTest {

	@Autowired
	ApplicationContext context;

	@Test
	void noDemoBeanExistsWithoutTheDemoProfile() {
		assertThat(this.context.getBeanDefinitionNames())
			.filteredOn((name) -> this.context.getType(name) != null
					&& this.context.getType(name).getPackageName().equals(DemoDataLoader.class.getPackageName())
					&& this.context.getType(name) != DemoBeans.class)
			.isEmpty();
	}

}
