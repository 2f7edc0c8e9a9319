package nl.clubhuis.shared;

import java.time.Duration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), shared by every instance. Two
 * requests of one member that arrive together (two tabs, a prefetch) may both add the
 * same attribute, the first CSRF token after a login for one; PostgreSQL's
 * {@code ON CONFLICT} makes the second an update instead of a duplicate-key error page. A
 * session's last access is written at most once a minute
 * ({@link SparingSessionRepository}), and a request reads its session's row once.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	static final Duration ACCESS_WRITE_INTERVAL = Duration.ofMinutes(1);

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Wraps the repository Spring Boot configures (a bean of our own would switch that
	 * configuration off); the session filter and {@code MemberSessions} get the wrapper.
	 */
	@Bean
	static BeanPostProcessor writeSessionAccessSparingly() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository sessions) {
					return new SparingSessionRepository<>(sessions, ACCESS_WRITE_INTERVAL);
				}
				return bean;
			}
		};
	}

	/**
	 * Just outside Spring Session's filter (at its default order and dispatches; change
	 * this with {@code spring.session.servlet.filter-order}): a request starts and ends
	 * with no saved session offered to a lookup on its thread.
	 */
	@Bean
	FilterRegistrationBean<Filter> forgetSavedSessionAfterRequest(SessionRepository<?> sessions) {
		Filter forget = (request, response, chain) -> {
			if (sessions instanceof SparingSessionRepository<?> sparing) {
				sparing.forgetSaved();
			}
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (sessions instanceof SparingSessionRepository<?> sparing) {
					sparing.forgetSaved();
				}
			}
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(forget);
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		return registration;
	}

}
