package nl.clubhuis.member.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

	@Test
	void tenToHundredTwentyEightCharactersOfAnyScriptWillDo() {
		assertThat(PasswordRules.problem("ab".repeat(5))).isNull();
		assertThat(PasswordRules.problem("жк".repeat(64))).isNull();
		assertThat(PasswordRules.problem("fietsbel ☂ 雨")).isNull();
	}

	@Test
	void eachProblemOfThePolicyGetsItsOwnMessage() {
		assertThat(PasswordRules.problem(null)).isEqualTo("password.too.short");
		assertThat(PasswordRules.problem("negen-tek")).isEqualTo("password.too.short");
		assertThat(PasswordRules.problem("ab".repeat(65))).isEqualTo("password.too.long");
		assertThat(PasswordRules.problem("zzzzzzzzzzzz")).isEqualTo("password.one.character.repeated");
		assertThat(PasswordRules.problem("Password123")).isEqualTo("password.too.common");
	}

}
