package nl.clubhuis.doetank.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A text taken out of a Doetank's history goes wherever it is that field's value. */
class FieldChangeTest {

	@Test
	void aTextGoesAsOldAndAsNewValueOfItsFieldOnly() {
		FieldChange added = new FieldChange("vraagstuk", "Eerst.", "Met BSN 123456782.");
		FieldChange removed = new FieldChange("vraagstuk", "Met BSN 123456782.", "Zonder.");
		FieldChange elsewhere = new FieldChange("ambition", "Met BSN 123456782.", "Anders.");

		assertThat(added.without("vraagstuk", "Met BSN 123456782."))
			.isEqualTo(new FieldChange("vraagstuk", "Eerst.", null, false, true));
		assertThat(removed.without("vraagstuk", "Met BSN 123456782."))
			.isEqualTo(new FieldChange("vraagstuk", null, "Zonder.", true, false));
		assertThat(elsewhere.without("vraagstuk", "Met BSN 123456782.")).as("another field keeps its text")
			.isEqualTo(elsewhere);
		assertThat(added.without("vraagstuk", "Iets anders.")).isEqualTo(added);
	}

	@Test
	void takenOutOnceItStaysTakenOut() {
		FieldChange once = new FieldChange("title", "Naam", "Titel").without("title", "Naam");

		assertThat(once.without("title", "Titel")).isEqualTo(new FieldChange("title", null, null, true, true));
	}

}
