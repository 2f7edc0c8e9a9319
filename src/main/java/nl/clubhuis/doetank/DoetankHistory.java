package nl.clubhuis.doetank;

import nl.clubhuis.doetank.domain.Doetank;
import nl.clubhuis.doetank.domain.DoetankRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records Doetanks that already exist outside the portal, such as the network's history.
 */
@Service
public class DoetankHistory {

	private final DoetankRepository doetanks;

	/**
	 * Where a Doetank without a known start date begins: the network's first full year.
	 */
	private static final java.time.LocalDate DEFAULT_START = java.time.LocalDate.of(2012, 3, 1);

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DoetankHistory(DoetankRepository doetanks, Clock clock, ApplicationEventPublisher events) {
		this.doetanks = doetanks;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public boolean exists(String slug) {
		return this.doetanks.existsBySlug(slug);
	}

	/**
	 * Records the Doetank unless one with its slug exists; returns whether it was added.
	 */
	@Transactional
	public boolean record(HistoricalDoetank history) {
		if (this.doetanks.existsBySlug(history.slug())) {
			return false;
		}
		Instant now = this.clock.instant();
		Doetank doetank = Doetank.fromHistory(history.slug(), history.details(), history.phase(),
				history.status() == DoetankStatus.GESTOPT ? DoetankStatus.ACTIEF : history.status(), now);
		doetank.recordHistory(history.startDate(), history.typology(), history.urgency(), history.result(),
				history.diffusietank());
		if (history.status() == DoetankStatus.GESTOPT) {
			doetank.recordStop(history.stopReason(), history.lessons());
		}
		history.team()
			.forEach((member) -> doetank.addMember(member.memberId(), member.role(), now, history.startDate()));
		doetank.recordEndsOn(history.recordEndsOn());
		this.doetanks.save(doetank);
		List<Long> coaches = doetank.activeMembers(MembershipRole.COACH)
			.stream()
			.map((coach) -> coach.getMemberId())
			.distinct()
			.toList();
		if (!coaches.isEmpty()) {
			this.events.publishEvent(new HistoricalDoetankRecorded(doetank.ref(),
					(history.startDate() != null) ? history.startDate() : DEFAULT_START, coaches.get(0),
					doetank.getStopReason(), doetank.getLessons(), coaches, history.result(), history.route()));
		}
		return true;
	}

}
