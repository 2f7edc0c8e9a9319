package nl.clubhuis.contact.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of member-to-member messages ({@code clubhuis.contact.*}).
 *
 * @param dailyLimit how many messages one member sends in 24 hours
 * @param textKeptFor how long a message's text is kept so the recipient can report it
 * (the report link works as long as the message is kept)
 * @param keptFor how long the record of a message is kept, counted from when it was sent
 * or, when reported, from the report
 */
@ConfigurationProperties(prefix = "clubhuis.contact")
public record ContactProperties(@DefaultValue("10") int dailyLimit, @DefaultValue("30d") Duration textKeptFor,
		@DefaultValue("90d") Duration keptFor) {

	/** The rule the limit makes. */
	public DailyLimit limit() {
		return new DailyLimit(this.dailyLimit);
	}

}
