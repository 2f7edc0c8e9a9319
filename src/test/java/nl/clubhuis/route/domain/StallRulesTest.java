package nl.clubhuis.route.domain;

import java.time.ZonedDateTime;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.DoetankStatus;
import nl.clubhuis.doetank.Phase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of "Doetanks die stilvallen" in plain Java: what stay is usual, how days read
 * as months, and why a Doetank is on the list.
 */
class StallRulesTest {

	private final StallThresholds thresholds = new StallThresholds(0.75, 5, 6, 3);

	@Test
	void withEnoughFinishedStaysTheNetworksPercentileIsUsual() {
		assertThat(this.thresholds.usualDays(121.6, 5)).isEqualTo(122);
		assertThat(this.thresholds.usualDays(40.0, 230)).isEqualTo(40);
	}

	@Test
	void withTooFewFinishedStaysSixMonthsAreUsual() {
		assertThat(this.thresholds.usualDays(10.0, 4)).as("four stays are too few to say").isEqualTo(183);
		assertThat(this.thresholds.usualDays(null, 0)).as("no stay at all").isEqualTo(183);
		assertThat(new StallThresholds(0.75, 2, 4, 3).usualDays(null, 0)).isEqualTo(122);
	}

	@Test
	void daysReadAsTheMonthsACoachWouldSay() {
		assertThat(StallThresholds.months(250)).isEqualTo(8);
		assertThat(StallThresholds.months(122)).isEqualTo(4);
		assertThat(StallThresholds.months(183)).isEqualTo(6);
		assertThat(StallThresholds.months(10)).isZero();
	}

	@Test
	void theReasonSaysWhichOfTheTwoRulesPutItOnTheList() {
		assertThat(stalling(true, false).reasonKey()).isEqualTo("coach.stalling.reason.long");
		assertThat(stalling(false, true).reasonKey()).isEqualTo("coach.stalling.reason.quiet");
		assertThat(stalling(true, true).reasonKey()).isEqualTo("coach.stalling.reason.both");
	}

	@Test
	void aRowSpeaksOfMonthsInThePhaseAgainstTheUsualMonths() {
		StallingDoetank row = stalling(true, false);
		assertThat(row.monthsInPhase()).isEqualTo(8);
		assertThat(row.usualMonths()).isEqualTo(4);
	}

	private static StallingDoetank stalling(boolean longInPhase, boolean quiet) {
		return new StallingDoetank(new DoetankRef(1L, "groen", "Groen", Phase.SCHETSEN, DoetankStatus.ACTIEF), 250, 122,
				ZonedDateTime.now(), longInPhase, quiet, false, true);
	}

}
