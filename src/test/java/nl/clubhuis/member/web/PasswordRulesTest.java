package nl.clubhuis.member.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

	@Test
	void tenToHundredTwentyEightCharactersOfAnyScriptWillDo() {
		assertThat(PasswordRules.problem("a".repeat(10))).isNull();
		assertThat(PasswordRules.problem("ж".repeat(128))).isNull();
		assertThat(PasswordRules.problem("fietsbel ☂ 雨")).isNull();
	}

	@Test
	void tooShortOrTooLongGetsItsOwnMessage() {
		assertThat(PasswordRules.problem(null)).isEqualTo("password.tooShort");
		assertThat(PasswordRules.problem("negen-tek")).isEqualTo("password.tooShort");
		assertThat(PasswordRules.problem("a".repeat(129))).isEqualTo("password.tooLong");
	}

}
