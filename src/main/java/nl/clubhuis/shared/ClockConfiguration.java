package nl.clubhuis.shared;

import java.time.Clock;
import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	/** The network lives in the Netherlands; dates on the site are Dutch dates. */
	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	static {
		// Templates format moments (Instants) in the JVM's zone; servers often run in
		// UTC.
		// The database connection keeps UTC (hibernate.jdbc.time_zone).
		TimeZone.setDefault(TimeZone.getTimeZone(AMSTERDAM));
	}

	@Bean
	Clock clock() {
		return Clock.system(AMSTERDAM);
	}

}
