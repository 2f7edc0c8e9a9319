package nl.clubhuis.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), shared by every instance. Two
 * requests of one member that arrive together (two tabs, a prefetch) may both add the
 * same attribute, the first CSRF token after a login for one; PostgreSQL's
 * {@code ON CONFLICT} makes the second an update instead of a duplicate-key error page.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
