package nl.clubhuis;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Runs the portal locally with demo data on a real PostgreSQL that keeps its data in
 * .data/ between runs: {@code ./mvnw spring-boot:test-run}.
 */
public class TestClubhuisApplication {

	public static void main(String[] args) {
		SpringApplication.from(ClubhuisApplication::main)
			.with(LocalDatabase.class)
			.withAdditionalProfiles("demo")
			.run(args);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class LocalDatabase {

		@Bean
		JdbcConnectionDetails jdbcConnectionDetails() {
			return TestDatabaseConfiguration.details(PostgresForTests.persistentIn(Path.of(".data")));
		}

	}

}
