package nl.clubhuis.member;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import nl.clubhuis.member.PasswordPolicy.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy(Set.of("qwertyuiop", "wachtwoord123"));

	@Test
	void tenToOneHundredTwentyEightCharactersOfAnyScriptAreFine() {
		assertThat(this.policy.check("paard-batterij")).isEmpty();
		assertThat(this.policy.check("a".repeat(9) + "b")).isEmpty();
		assertThat(this.policy.check("a".repeat(127) + "b")).isEmpty();
		assertThat(this.policy.check("Сильный пароль")).isEmpty();
		assertThat(this.policy.check("私の秘密の合言葉です")).as("ten Japanese characters").isEmpty();
	}

	@Test
	void lengthCountsCharactersNotBytesOrCodeUnits() {
		String tenEmoji = "🐴🔋".repeat(5);
		assertThat(tenEmoji.length()).as("twenty UTF-16 code units").isEqualTo(20);
		assertThat(this.policy.check(tenEmoji)).isEmpty();
		assertThat(this.policy.check("🐴🔋".repeat(4) + "🐴")).contains(Problem.TOO_SHORT);
		assertThat(this.policy.check("é".repeat(64) + "ü".repeat(64)))
			.as("128 characters, 256 bytes: well past bcrypt's 72")
			.isEmpty();
	}

	@Test
	void tooShortAndTooLongAreRefused() {
		assertThat(this.policy.check("")).contains(Problem.TOO_SHORT);
		assertThat(this.policy.check("negen-tek")).contains(Problem.TOO_SHORT);
		assertThat(this.policy.check("a".repeat(128) + "b")).contains(Problem.TOO_LONG);
	}

	@Test
	void oneCharacterRepeatedIsRefused() {
		assertThat(this.policy.check("aaaaaaaaaaaa")).contains(Problem.ONE_CHARACTER_REPEATED);
		assertThat(this.policy.check("            ")).contains(Problem.ONE_CHARACTER_REPEATED);
		assertThat(this.policy.check("🐴".repeat(12))).contains(Problem.ONE_CHARACTER_REPEATED);
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		assertThat(this.policy.check("qwertyuiop")).contains(Problem.TOO_COMMON);
		assertThat(this.policy.check("WachtWoord123")).contains(Problem.TOO_COMMON);
		assertThat(this.policy.check("qwertyuiop!")).isEmpty();
	}

	@Test
	void theShippedListRefusesWellKnownPasswords() {
		PasswordPolicy standard = PasswordPolicy.standard();
		assertThat(standard.check("1234567890")).contains(Problem.TOO_COMMON);
		assertThat(standard.check("password123")).contains(Problem.TOO_COMMON);
		assertThat(standard.check("Qwertyuiop")).contains(Problem.TOO_COMMON);
		assertThat(standard.check("1qaz2wsx3edc")).contains(Problem.TOO_COMMON);
		assertThat(standard.check("een-lang-wachtwoord")).isEmpty();
		assertThat(standard).isSameAs(PasswordPolicy.standard());
	}

	@Test
	void onlyEntriesTheLengthRuleLetsThroughAreKept() {
		String list = "123456\npassword\nbasketball\nFootball12\n";
		Set<String> read = PasswordPolicy
			.readCommonPasswords(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)));
		assertThat(read).containsExactlyInAnyOrder("basketball", "football12");
	}

	@Test
	void everyProblemHasAMessageKey() {
		assertThat(Problem.TOO_COMMON.messageKey()).isEqualTo("password.too.common");
		assertThat(Problem.ONE_CHARACTER_REPEATED.messageKey()).isEqualTo("password.one.character.repeated");
	}

}
