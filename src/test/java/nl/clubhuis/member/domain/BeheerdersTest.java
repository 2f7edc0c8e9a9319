package nl.clubhuis.member.domain;

import java.util.Set;

import nl.clubhuis.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** There is always a beheerder left: the last one cannot lose the role or be blocked. */
class BeheerdersTest {

	@Test
	void theLastBeheerderStays() {
		assertThatThrownBy(() -> new Beheerders(Set.of(7L)).requireNotLast(7L)).isInstanceOfSatisfying(
				RuleViolationException.class, (ex) -> org.assertj.core.api.Assertions.assertThat(ex.messageKey())
					.isEqualTo("beheer.rule.lastBeheerder"));
	}

	@Test
	void oneOfTwoMayGo() {
		assertThatCode(() -> new Beheerders(Set.of(7L, 8L)).requireNotLast(7L)).doesNotThrowAnyException();
	}

	@Test
	void someoneWhoIsNoActiveBeheerderMayAlwaysLoseIt() {
		assertThatCode(() -> new Beheerders(Set.of(7L)).requireNotLast(9L)).doesNotThrowAnyException();
	}

	@Test
	void withNoActiveBeheerderAtAllNobodyIsTheLast() {
		assertThatCode(() -> new Beheerders(Set.of()).requireNotLast(9L)).doesNotThrowAnyException();
	}

}
