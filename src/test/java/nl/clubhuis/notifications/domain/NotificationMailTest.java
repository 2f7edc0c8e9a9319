package nl.clubhuis.notifications.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.clubhuis.Inbox;
import nl.clubhuis.Inbox.Mail;
import nl.clubhuis.IntegrationTest;
import nl.clubhuis.StatementCounter;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.MemberService;
import nl.clubhuis.notifications.Announcement;
import nl.clubhuis.notifications.NotificationKind;
import nl.clubhuis.notifications.NotificationTexts;
import nl.clubhuis.notifications.Notifier;
import nl.clubhuis.shared.AmsterdamTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail about notifications: at once for the kinds a member wants at once, in their
 * language, with a link to the page; the digest lists exactly what happened since the
 * previous one, once, also when two instances send at the same moment.
 */
@IntegrationTest
class NotificationMailTest {

	@Autowired
	Notifier notifier;

	@Autowired
	MailPreferences preferences;

	@Autowired
	DigestMails digests;

	@Autowired
	TestPeople people;

	@Autowired
	MemberService memberService;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Inbox inbox;

	@Autowired
	ImmediateMail immediateMail;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcTemplate jdbc;

	/** When the events in these mails start, as an argument: 14:30 in Amsterdam. */
	private static final String STARTS = NotificationTexts.moment(Instant.parse("2026-03-29T12:30:00Z"));

	MemberPrincipal member;

	@BeforeEach
	void aMember() {
		this.member = this.people.member("Mees Mail");
	}

	@Test
	void aPersonalNotificationComesAtOnceWithALinkToItsPage() {
		announce(NotificationKind.PLACE_OFFERED, "/agenda/cafe-mail", Instant.now(), "Café Mail", STARTS);

		Mail mail = this.inbox.awaitOne(this.member.getUsername());
		assertThat(mail.subject()).isEqualTo("Er is plek voor je bij Café Mail (zondag 29 maart 2026, 14:30)");
		assertThat(mail.text()).contains("Beste Mees Mail", "je bent van de wachtlijst aangemeld");
		assertThat(mail.pathOfLink("/agenda/")).isEqualTo("/agenda/cafe-mail");
		assertThat(mail.pathOfLink("instellingen")).isEqualTo("/mijn/meldingen/instellingen");
	}

	@Test
	void theMailIsInTheMembersLanguage() {
		this.memberService.chooseLanguage(this.member.id(), java.util.Locale.ENGLISH);
		announce(NotificationKind.EVENT_CALLED_OFF, "/agenda/weg", Instant.now(), "Café Weg", STARTS, "");

		Mail mail = this.inbox.awaitOne(this.member.getUsername());
		assertThat(mail.text()).contains("Dear Mees Mail");
		assertThat(mail.subject()).isEqualTo("Café Weg (Sunday 29 March 2026, 14:30) is called off.");
	}

	@Test
	void followedThingsAndKindsTurnedOffGiveNoMailAtOnce() {
		this.preferences.save(this.member.id(), Map.of(NotificationKind.PLACE_OFFERED, Delivery.NONE),
				DigestPeriod.WEEKLY);
		announce(NotificationKind.PLACE_OFFERED, "/agenda/uit", Instant.now(), "Café Uit", STARTS);
		announce(NotificationKind.NEW_POST, "/nieuws/volg", Instant.now(), "Gevolgd bericht");
		announce(NotificationKind.EVENT_CALLED_OFF, "/agenda/wel", Instant.now(), "Café Wel", STARTS,
				"De zaal is dicht.");

		List<Mail> mails = this.inbox.await(this.member.getUsername(), 1);
		this.inbox.settle();
		assertThat(this.inbox.to(this.member.getUsername())).hasSize(1);
		assertThat(mails.get(0).subject())
			.isEqualTo("Café Wel (zondag 29 maart 2026, 14:30) gaat niet door. De zaal is dicht.");
	}

	@Test
	void theDigestListsWhatHappenedSinceThePreviousOneOnceAndNothingTwice() {
		this.preferences.save(this.member.id(), Map.of(NotificationKind.NEW_POST, Delivery.DIGEST), DigestPeriod.DAILY);
		// Far ahead of the real clock, so the real hourly job never takes these.
		announce(NotificationKind.NEW_POST, "/nieuws/een", at("2031-03-28T20:00"), "Bericht een");
		announce(NotificationKind.NEW_POST, "/nieuws/twee", at("2031-03-29T06:59"), "Bericht twee");
		announce(NotificationKind.NEW_POST, "/nieuws/drie", at("2031-03-29T07:01"), "Bericht drie");

		assertThat(send(at("2031-03-29T06:30"))).isZero();
		assertThat(send(at("2031-03-29T09:00"))).isEqualTo(1);
		assertThat(send(at("2031-03-29T10:00"))).isZero();
		Mail first = this.inbox.awaitOne(this.member.getUsername());
		assertThat(first.subject()).isEqualTo("Wat er speelde in het Clubhuis");
		assertThat(first.text()).contains("Nieuw bericht: Bericht een", "Nieuw bericht: Bericht twee")
			.doesNotContain("Bericht drie");
		assertThat(first.links()).anyMatch((link) -> link.endsWith("/nieuws/een"));

		// Two days later (the job skipped a day): the rest, once.
		assertThat(send(at("2031-03-31T08:00"))).isEqualTo(1);
		Mail second = this.inbox.await(this.member.getUsername(), 2).get(1);
		assertThat(second.text()).contains("Nieuw bericht: Bericht drie").doesNotContain("Bericht een");
	}

	@Test
	void twoInstancesSendingAtTheSameMomentSendOneDigest() throws Exception {
		announce(NotificationKind.NEW_POST, "/nieuws/race", at("2031-06-01T12:00"), "Racebericht");
		Instant now = at("2031-06-09T08:00");
		int[] sent = new int[2];
		Thread one = new Thread(() -> sent[0] = send(now));
		Thread two = new Thread(() -> sent[1] = send(now));
		one.start();
		two.start();
		one.join();
		two.join();

		assertThat(sent[0] + sent[1]).isEqualTo(1);
		this.inbox.awaitOne(this.member.getUsername());
		this.inbox.settle();
		assertThat(this.inbox.to(this.member.getUsername())).hasSize(1);
	}

	@Test
	void theMailsAtOnceTakeAsManyStatementsForOneRecipientAsForFive() {
		assertThat(statementsToMail(5)).isEqualTo(statementsToMail(1));
	}

	/**
	 * Writes a notification to this many new members and counts what mailing them takes.
	 */
	private long statementsToMail(int recipients) {
		List<Long> members = new ArrayList<>();
		for (int i = 0; i < recipients; i++) {
			members.add(this.people.member("Teller Mail").id());
		}
		String cause = "test:" + UUID.randomUUID();
		this.transaction.executeWithoutResult((status) -> this.notifier
			.announce(Announcement.of(NotificationKind.EVENT_CHANGED, cause, "/agenda/teller", Instant.now(), "Teller")
				.to(members)));
		List<Long> written = this.jdbc.queryForList("SELECT id FROM notification WHERE source_key = ?", Long.class,
				cause);
		assertThat(written).hasSize(recipients);
		this.statements.reset();
		this.immediateMail.written(new NotificationsWritten(NotificationKind.EVENT_CHANGED, written));
		return this.statements.count();
	}

	private int send(Instant now) {
		return this.digests.sendDue(now, List.of(this.member.id()));
	}

	private void announce(NotificationKind kind, String link, Instant at, String... arguments) {
		this.transaction.executeWithoutResult((status) -> this.notifier.announce(
				Announcement.of(kind, "test:" + UUID.randomUUID(), link, at, arguments).to(List.of(this.member.id()))));
	}

	private static Instant at(String amsterdamTime) {
		return ZonedDateTime.of(LocalDateTime.parse(amsterdamTime), AmsterdamTime.ZONE).toInstant();
	}

}
