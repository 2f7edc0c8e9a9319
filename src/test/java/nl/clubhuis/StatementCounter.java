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

	private final java.util.List<String> sql = new java.util.concurrent.CopyOnWriteArrayList<>();

	/**
	 * The thread being measured: scheduled jobs (Spring Session's cleanup, ShedLock
	 * tasks) use the same database on their own threads and must not count.
	 */
	private volatile Thread measured;

	public void reset() {
		this.measured = Thread.currentThread();
		this.statements.set(0);
		this.sql.clear();
	}

	/**
	 * Counts the statements of every thread from now on: for requests to a real server,
	 * which run on its own threads.
	 */
	public void resetForEveryThread() {
		this.measured = null;
		this.statements.set(0);
		this.sql.clear();
	}

	/**
	 * The statements since the last reset, to say which one is extra when a count grows.
	 */
	public java.util.List<String> recorded() {
		return java.util.List.copyOf(this.sql);
	}

	public long count() {
		return this.statements.get();
	}

	private void record(java.util.List<net.ttddyy.dsproxy.QueryInfo> queries) {
		if (this.measured != null && this.measured != Thread.currentThread()) {
			return;
		}
		this.statements.addAndGet(queries.size());
		queries.forEach((query) -> this.sql.add(query.getQuery()));
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
							.afterQuery((execution, queries) -> counter.getObject().record(queries))
							.build();
					}
					return bean;
				}

			};
		}

	}

}
