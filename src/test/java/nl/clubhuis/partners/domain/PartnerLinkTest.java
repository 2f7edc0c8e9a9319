package nl.clubhuis.partners.domain;

import java.time.Instant;

import nl.clubhuis.partners.PartnerDetails;
import nl.clubhuis.partners.PartnerKind;
import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A partner's link is a web address: http or https, with a host. */
class PartnerLinkTest {

	@Test
	void onlyHttpAndHttpsAddressesWithAHostAreLinks() {
		assertThat(PartnerLink.isWebAddress("https://www.kennisland.nl")).isTrue();
		assertThat(PartnerLink.isWebAddress("HTTP://vng.nl/over")).isTrue();
		assertThat(PartnerLink.isWebAddress("javascript:alert(1)")).isFalse();
		assertThat(PartnerLink.isWebAddress("data:text/html,<script>alert(1)</script>")).isFalse();
		assertThat(PartnerLink.isWebAddress("ftp://example.org")).isFalse();
		assertThat(PartnerLink.isWebAddress("https:///zonder-host")).isFalse();
		assertThat(PartnerLink.isWebAddress("www.kennisland.nl")).isFalse();
		assertThat(PartnerLink.isWebAddress("https://voorbeeld .nl")).isFalse();
		assertThat(PartnerLink.isWebAddress(null)).isFalse();
	}

	@Test
	void aPartnerKeepsNoOtherLinkButMayHaveNone() {
		assertThatThrownBy(() -> new Partner(
				new PartnerDetails(PartnerKind.KENNIS, "Slim bedrijf", "Deelt kennis.", "javascript:alert(1)"),
				Instant.now()))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("partner.url.invalid"));
		assertThat(new Partner(new PartnerDetails(PartnerKind.KENNIS, "Stil bedrijf", "Deelt kennis.", null),
				Instant.now())
			.getUrl()).isNull();
	}

}
