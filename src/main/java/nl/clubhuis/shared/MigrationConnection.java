package nl.clubhuis.shared;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Flyway migrates on connections of its own, to the same database as the pool but without
 * the pool's settings: a page's statement may take 10 seconds at most
 * ({@code spring.datasource.hikari.connection-init-sql}), building an index on a large
 * table may take much longer, and a {@code SET} to lift the limit for Flyway would stay
 * on the pooled connection afterwards.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConnection {

	@Bean
	FlywayConfigurationCustomizer migrationsOutsideThePool() {
		return (configuration) -> {
			HikariDataSource pool = pool(configuration.getDataSource());
			if (pool != null) {
				configuration
					.dataSource(DataSourceBuilder.derivedFrom(pool).type(SimpleDriverDataSource.class).build());
			}
		};
	}

	/** The Hikari pool, also behind a proxy (tests count statements with one). */
	private static HikariDataSource pool(DataSource dataSource) {
		try {
			return (dataSource != null && dataSource.isWrapperFor(HikariDataSource.class))
					? dataSource.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

}
