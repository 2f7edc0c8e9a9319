package nl.clubhuis.shared;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Lets a load balancer take this instance out of rotation before it stops taking
 * requests. On shutdown Spring Boot first turns the readiness probe
 * ({@code /actuator/health/readiness}) to REFUSING_TRAFFIC and then, with graceful
 * shutdown, closes Tomcat's port and finishes the requests in flight. In between, this
 * waits {@code clubhuis.shutdown.drain-delay}, so the balancer's health check sees the
 * instance go down while it still answers: requests it sends in the meantime (also POSTs,
 * which a balancer must not replay) are served instead of refused. Waits only when a real
 * web server is closing: a MockMvc test context never refuses traffic.
 */
@Component
class DrainBeforeShutdown implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DrainBeforeShutdown.class);

	private final ApplicationAvailability availability;

	private final Duration delay;

	private volatile boolean running;

	DrainBeforeShutdown(ApplicationAvailability availability,
			@Value("${clubhuis.shutdown.drain-delay:0s}") Duration delay) {
		this.availability = availability;
		this.delay = delay;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.delay.isZero() || this.availability.getReadinessState() != ReadinessState.REFUSING_TRAFFIC) {
			return;
		}
		log.info("Refusing traffic; still serving for {} while the load balancer notices", this.delay);
		try {
			Thread.sleep(this.delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops (waits) just before the web server's graceful shutdown, which stops next. */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;
	}

}
