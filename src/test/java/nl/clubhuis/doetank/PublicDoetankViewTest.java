package nl.clubhuis.doetank;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.clubhuis.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL view {@code public_doetank}, which other modules' paged lists read
 * (publishing's posts, the toolkit's usage examples), lists exactly the Doetanks
 * {@link DoetankStatus} calls public.
 */
@IntegrationTest
class PublicDoetankViewTest {

	private static final Pattern STATUS = Pattern.compile("'([A-Z_]+)'");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theViewSaysWhatDoetankStatusSaysIsPublic() {
		String definition = this.jdbc.queryForObject("SELECT pg_get_viewdef('public_doetank'::regclass)", String.class);
		Set<String> named = new TreeSet<>();
		Matcher matcher = STATUS.matcher(definition);
		while (matcher.find()) {
			named.add(matcher.group(1));
		}
		Set<String> expected = new TreeSet<>();
		DoetankStatus.PUBLIC.forEach((status) -> expected.add(status.name()));

		assertThat(named).isEqualTo(expected);
	}

}
