package nl.clubhuis;

import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the application sends, whoever sends it (Hibernate,
 * JdbcTemplate, Spring Session), so tests can check that a page needs a fixed number of
 * them.
 */
public class StatementCounter {

	private final AtomicLong statements = new AtomicLong();

	public void reset() {
		this.statements.set(0);
	}

	public long count() {
		return this.statements.get();
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		StatementCounter statementCounter() {
			return new StatementCounter();
		}

		@Bean
		static BeanPostProcessor countingDataSource(ObjectProvider<StatementCounter> counter) {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
						return ProxyDataSourceBuilder.create(dataSource)
							.name("counting")
							.afterQuery(
									(execution, queries) -> counter.getObject().statements.addAndGet(queries.size()))
							.build();
					}
					return bean;
				}

			};
		}

	}

}
