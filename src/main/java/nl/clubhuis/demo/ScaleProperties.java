package nl.clubhuis.demo;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much data the {@code scale} profile generates ({@code clubhuis.scale.*}): the
 * target number of generated Doetanks, members, posts, events and questions. Each run
 * adds only what is missing to reach these numbers. Bound by {@link DemoBeans} with the
 * profile, so no bean of it exists without.
 */
public record ScaleProperties(@DefaultValue("5000") int doetanks, @DefaultValue("50000") int members,
		@DefaultValue("100000") int posts, @DefaultValue("2000") int events, @DefaultValue("10000") int questions) {

}
