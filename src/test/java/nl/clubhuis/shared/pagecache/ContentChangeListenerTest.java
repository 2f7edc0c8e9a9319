package nl.clubhuis.shared.pagecache;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which notifications on the content channel concern one member's own rows only. */
class ContentChangeListenerTest {

	@Test
	void aMembersOwnRowsNameTheMember() {
		assertThat(ContentChangeListener.memberOf("member:42")).isEqualTo(42L);
	}

	@Test
	void anyOtherChangeConcernsEveryone() {
		assertThat(ContentChangeListener.memberOf("")).isNull();
		assertThat(ContentChangeListener.memberOf(null)).isNull();
		assertThat(ContentChangeListener.memberOf("member:")).isNull();
		assertThat(ContentChangeListener.memberOf("member:veel")).isNull();
		assertThat(ContentChangeListener.memberOf("doetank:42")).isNull();
	}

}
