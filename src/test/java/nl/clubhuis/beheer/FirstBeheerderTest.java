package nl.clubhuis.beheer;

import java.util.Locale;

import nl.clubhuis.member.AccountService;
import nl.clubhuis.member.NewMember;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.audit.AuditEntry;
import nl.clubhuis.audit.AuditFilter;
import nl.clubhuis.audit.AuditKind;
import nl.clubhuis.audit.AuditLog;
import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberAdministration;
import nl.clubhuis.member.MemberAdministration.Appointment;
import nl.clubhuis.member.MemberPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CLUBHUIS_BEHEERDER makes the first beheerder of a new installation: once, for an
 * account that exists, and says so in the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstBeheerderTest {

	@Autowired
	MemberAdministration administration;

	@Autowired
	TestPeople people;

	@Autowired
	AuditLog audit;

	@Autowired
	AccountService accounts;

	@Test
	void theRegisteredAccountBecomesBeheerderOnceAndTheLogboekSaysSo() {
		MemberPrincipal member = this.people.member("Eerste Beheerder");

		assertThat(this.administration.appointFirstBeheerder(" " + member.getUsername().toUpperCase() + " "))
			.isEqualTo(Appointment.GRANTED);
		assertThat(this.administration.appointFirstBeheerder(member.getUsername())).isEqualTo(Appointment.ALREADY);

		assertThat(this.administration.account(member.id()).orElseThrow().has(GlobalRole.BEHEERDER)).isTrue();
		assertThat(this.audit.entries(new AuditFilter(AuditKind.ROLE_GRANTED, member.id()), 0).getContent())
			.extracting(AuditEntry::memberId, AuditEntry::actorId, AuditEntry::detail)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(member.id(), null, "BEHEERDER"));
	}

	@Test
	void anAccountWhoseAddressIsNotVerifiedDoesNotBecomeBeheerder(CapturedOutput output) {
		String address = "onbevestigd-" + System.nanoTime() + "@example.org";
		this.accounts.register(new NewMember("Nog Niet Bevestigd", address, null, "een-lang-wachtwoord"),
				Locale.forLanguageTag("nl"));

		assertThat(this.administration.appointFirstBeheerder(address)).isEqualTo(Appointment.NOT_VERIFIED);
		assertThat(output).contains("that address is not verified yet");
	}

	@Test
	void anAddressWithoutAnAccountIsReportedClearly(CapturedOutput output) {
		String unknown = "nog-niemand-" + System.nanoTime() + "@example.org";

		assertThat(this.administration.appointFirstBeheerder(unknown)).isEqualTo(Appointment.NO_ACCOUNT);
		assertThat(output).contains("CLUBHUIS_BEHEERDER is " + unknown + ", but no account has that address yet");
	}

}
