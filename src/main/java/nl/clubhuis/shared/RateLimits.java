package nl.clubhuis.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts attempts against a {@link RateLimit} with Bucket4j, its buckets kept in
 * PostgreSQL (table {@code rate_limit_bucket}, each read and written under
 * {@code SELECT ... FOR UPDATE}), so every instance behind the load balancer counts
 * against the same limit. A window refills whole at its end ("5 an hour": the sixth in
 * that hour is refused, the next hour five go again). Time is the application's
 * {@link Clock}. Subjects (an address, a member) are stored only as a hash.
 */
@Component
public class RateLimits implements ExpiredRecords {

	private static final String TABLE = "rate_limit_bucket";

	private final ProxyManager<String> buckets;

	private final ClubhuisProperties.Limits limits;

	private final JdbcTemplate jdbc;

	RateLimits(DataSource dataSource, Clock clock, ClubhuisProperties properties) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table(TABLE)
			.clientClock(timeOf(clock))
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		this.limits = properties.limits();
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * Counts one attempt of {@code subject}; over the limit the current response gets
	 * status 429 and a {@link RateLimitExceededException} says why.
	 */
	public void check(RateLimit limit, String subject) {
		int allowed = limit.allowed(this.limits);
		if (allowed <= 0) {
			return;
		}
		// The number is part of the key: a new setting starts with full buckets.
		String key = limit.name() + ":" + allowed + ":" + hash(subject);
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((bandwidth) -> bandwidth.capacity(allowed).refillIntervally(allowed, limit.window()))
			.build();
		if (!this.buckets.getProxy(key, () -> configuration).tryConsume(1)) {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
					&& request.getResponse() != null) {
				request.getResponse().setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			}
			throw new RateLimitExceededException(limit.messageKey());
		}
	}

	@Override
	public String what() {
		return "rate limit buckets";
	}

	/**
	 * A bucket is kept until it would be full again: then it is the same as none.
	 * Bucket4j writes {@code expires_at} from the system's time, not from the
	 * application's clock.
	 */
	@Override
	public int removeExpired(Instant now) {
		return this.jdbc.update("DELETE FROM " + TABLE + " WHERE expires_at < ?", now.toEpochMilli());
	}

	private static TimeMeter timeOf(Clock clock) {
		return new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

	private static String hash(String subject) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(subject).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
