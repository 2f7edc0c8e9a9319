package nl.clubhuis.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The network lives in the Netherlands: "today" and every date people see are Dutch. The
 * JVM's own zone is left alone (servers often run in UTC); the database connection keeps
 * UTC (hibernate.jdbc.time_zone).
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	static final ZoneId AMSTERDAM = AmsterdamTime.ZONE;

	@Bean
	Clock clock() {
		return Clock.system(AMSTERDAM);
	}

	/**
	 * "In the past" and "in the future" in form checks ({@code @PastOrPresent}) are
	 * judged by the same clock, not by the JVM's zone.
	 */
	@Bean
	ValidationConfigurationCustomizer validationClock(Clock clock) {
		return (configuration) -> configuration.clockProvider(() -> clock);
	}

	/** Templates write dates with {@code ${@dates.day(...)}} and the like. */
	@Bean
	DateFormats dates() {
		return new DateFormats(AMSTERDAM);
	}

}
