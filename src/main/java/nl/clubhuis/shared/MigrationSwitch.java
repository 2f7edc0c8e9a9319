package nl.clubhuis.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway migrates when the portal starts, unless {@code spring.flyway.enabled=false}: the
 * Docker image's training run starts the portal without a database. Spring Boot leaves
 * Flyway out by a condition, which the AOT-processed jar decided when it was built; this
 * asks the property when the portal starts.
 */
@Configuration(proxyBeanMethods = false)
class MigrationSwitch {

	@Bean
	FlywayMigrationStrategy migrateUnlessSwitchedOff(@Value("${spring.flyway.enabled:true}") boolean enabled) {
		return (flyway) -> {
			if (enabled) {
				flyway.migrate();
			}
		};
	}

}
