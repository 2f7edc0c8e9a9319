package nl.clubhuis;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Points the application at the test PostgreSQL (see {@link PostgresForTests}). */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	JdbcConnectionDetails jdbcConnectionDetails() {
		return details(PostgresForTests.forTests());
	}

	static JdbcConnectionDetails details(PostgresForTests.Connection connection) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return connection.username();
			}

			@Override
			public String getPassword() {
				return connection.password();
			}

			@Override
			public String getJdbcUrl() {
				return connection.jdbcUrl();
			}

		};
	}

}
