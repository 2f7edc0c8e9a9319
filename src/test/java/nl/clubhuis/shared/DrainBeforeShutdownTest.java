package nl.clubhuis.shared;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On shutdown the instance keeps serving a moment after its readiness probe went down.
 */
class DrainBeforeShutdownTest {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final DrainBeforeShutdown drain = new DrainBeforeShutdown(this.availability, Duration.ofMillis(300));

	@Test
	void waitsOnceTheReadinessProbeRefusesTraffic() {
		this.drain.start();
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));

		long took = timeToStop();

		assertThat(took).isGreaterThanOrEqualTo(300);
		assertThat(this.drain.isRunning()).isFalse();
	}

	@Test
	void doesNotWaitWhileStillAcceptingTraffic() {
		this.drain.start();
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

		assertThat(timeToStop()).isLessThan(300);
	}

	@Test
	void stopsBeforeTheWebServerShutsDownGracefully() {
		assertThat(this.drain.getPhase()).isGreaterThan(WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE);
	}

	private long timeToStop() {
		long start = System.nanoTime();
		this.drain.stop();
		return Duration.ofNanos(System.nanoTime() - start).toMillis();
	}

}
