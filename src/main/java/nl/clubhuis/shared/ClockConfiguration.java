package nl.clubhuis.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	/** The network lives in the Netherlands; dates on the site are Dutch dates. */
	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@Bean
	Clock clock() {
		return Clock.system(AMSTERDAM);
	}

}
