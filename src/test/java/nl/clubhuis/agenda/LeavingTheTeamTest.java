package nl.clubhuis.agenda;

import nl.clubhuis.agenda.domain.EventPages;
import nl.clubhuis.doetank.DoetankService;
import nl.clubhuis.doetank.MembershipRole;
import nl.clubhuis.doetank.TeamService;
import nl.clubhuis.doetank.TestDoetanks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.clubhuis.IntegrationTest;
import nl.clubhuis.TestPeople;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.member.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who is no longer in a team gives up their places at its own meetings that are
 * still to come, so they no longer see the private online link; the network's meetings
 * stay as they are, and whoever waited moves up.
 */
@IntegrationTest
class LeavingTheTeamTest {

	@Autowired
	TestPeople people;

	@Autowired
	TestDoetanks doetanks;

	@Autowired
	TestEvents events;

	@Autowired
	DoetankService service;

	@Autowired
	TeamService team;

	@Autowired
	RegistrationService registrations;

	@Autowired
	EventPages pages;

	MemberPrincipal trekker;

	String slug;

	EventRef meeting;

	@BeforeEach
	void aTeamMeetingOnline() {
		this.trekker = this.people.member("Tessa Trekker");
		this.slug = this.doetanks.active(this.trekker, this.people.coach("Cor Coach"));
		Instant start = Instant.now().plus(Duration.ofDays(5));
		this.meeting = this.events.announce(new EventDetails(EventType.DOETANK, "Teamoverleg", "We bespreken de proef.",
				start, start.plus(Duration.ofHours(1)), null, "https://meet.example.org/geheim-team-overleg", 1, null,
				null, List.of()), this.slug, this.trekker);
	}

	@Test
	void aMemberWhoLeavesLosesTheirPlaceAndTheLinkAndTheNextInLineMovesUp() {
		MemberPrincipal lex = join("Lex Lid");
		MemberPrincipal mia = join("Mia Wacht");
		EventRef cafe = this.events.cafe(null, this.people.redacteur("Roos Redacteur"));
		this.registrations.register(this.meeting.slug(), null, lex);
		this.registrations.register(this.meeting.slug(), null, mia);
		this.registrations.register(cafe.slug(), null, lex);
		assertThat(this.pages.show(this.meeting.slug(), Viewer.of(lex)).showsOnlineLink()).isTrue();

		this.service.leave(this.slug, lex);

		assertThat(this.pages.show(this.meeting.slug(), Viewer.of(lex)).own()).isNull();
		assertThat(this.pages.show(this.meeting.slug(), Viewer.of(lex)).showsOnlineLink()).isFalse();
		assertThat(this.pages.show(this.meeting.slug(), Viewer.of(mia)).own().status()).as("the first in line moves up")
			.isEqualTo(RegistrationStatus.BEVESTIGD);
		assertThat(this.pages.show(cafe.slug(), Viewer.of(lex)).own().status())
			.as("the network's Café is not the team's")
			.isEqualTo(RegistrationStatus.BEVESTIGD);
	}

	@Test
	void aMembershipTheTrekkerEndsEndsThePlaceToo() {
		MemberPrincipal lex = join("Lex Beeindigd");
		this.registrations.register(this.meeting.slug(), null, lex);

		this.team.end(this.slug, membershipOf(lex, MembershipRole.LID), "Bedankt!", this.trekker);

		assertThat(this.pages.show(this.meeting.slug(), Viewer.of(lex)).own()).isNull();
		assertThat(this.pages.show(this.meeting.slug(), Viewer.of(lex)).showsOnlineLink()).isFalse();
	}

	private MemberPrincipal join(String name) {
		MemberPrincipal member = this.people.member(name);
		this.service.requestToJoin(this.slug, "Graag", member);
		this.service.approveRequest(this.slug, this.doetanks.pendingRequestId(this.slug, member), this.trekker);
		return member;
	}

	private Long membershipOf(MemberPrincipal member, MembershipRole role) {
		return this.doetanks.load(this.slug, null)
			.activeMembers(role)
			.stream()
			.filter((m) -> m.belongsTo(member.id()))
			.findFirst()
			.orElseThrow()
			.getId();
	}

}
