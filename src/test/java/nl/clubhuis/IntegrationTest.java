package nl.clubhuis;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import nl.clubhuis.agenda.TestEvents;
import nl.clubhuis.toolkit.TestWerkvormen;
import nl.clubhuis.doetank.TestDoetanks;
import nl.clubhuis.publishing.TestPosts;

import org.springframework.context.annotation.Import;

/**
 * The whole application on the test PostgreSQL, with MockMvc. All tests that use it share
 * one Spring context, so keep their configuration identical; tests make their own data
 * with unique names. Every MockMvc request comes from 127.0.0.1, so registrations are not
 * rate-limited here ({@code RateLimitsTest} sets the limits low in a context of its own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "clubhuis.limits.registrations-per-hour=0")
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, StatementCounter.Configuration.class, TestPeople.class, TestDoetanks.class,
		TestPosts.class, TestEvents.class, TestMailServer.class, TestWerkvormen.class })
public @interface IntegrationTest {

}
