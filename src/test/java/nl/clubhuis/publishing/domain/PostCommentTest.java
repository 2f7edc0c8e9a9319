package nl.clubhuis.publishing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import nl.clubhuis.member.GlobalRole;
import nl.clubhuis.member.MemberPrincipal;
import nl.clubhuis.publishing.PostKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reporting, hiding and restoring a comment, and who may change it. */
class PostCommentTest {

	static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");

	static PostComment comment() {
		return new PostComment(new Post(PostKind.NIEUWS, "bericht", null, 1L, NOW), 2L, "Mooi stuk", NOW);
	}

	@Test
	void reportsAreCountedUntilARedacteurLooksAtThem() {
		PostComment comment = comment();
		Instant later = NOW.plus(Duration.ofHours(1));

		comment.report(NOW);
		comment.report(later);

		assertThat(comment.getReportCount()).isEqualTo(2);
		assertThat(comment.getLastReportedAt()).isEqualTo(later);
		assertThat(comment.isHidden()).as("reporting alone hides nothing").isFalse();
	}

	@Test
	void aHiddenCommentKeepsItsReportsUntilRestored() {
		PostComment comment = comment();
		comment.report(NOW);

		comment.hide();
		assertThat(comment.isHidden()).isTrue();
		assertThat(comment.getReportCount()).isEqualTo(1);

		comment.restore();
		assertThat(comment.isHidden()).isFalse();
		assertThat(comment.getReportCount()).isZero();
		assertThat(comment.getLastReportedAt()).isNull();
	}

	@Test
	void rewritingMarksTheCommentAsEdited() {
		PostComment comment = comment();
		assertThat(comment.getEditedAt()).isNull();

		comment.rewrite("Heel mooi stuk", NOW.plusSeconds(60));

		assertThat(comment.getText()).isEqualTo("Heel mooi stuk");
		assertThat(comment.getEditedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(comment.getWrittenAt()).isEqualTo(NOW);
	}

	@Test
	void itsAuthorOrABeheerderChangesIt() {
		PostComment comment = comment();

		assertThat(comment.mayBeChangedBy(person(2L, GlobalRole.LID))).isTrue();
		assertThat(comment.mayBeChangedBy(person(3L, GlobalRole.LID))).isFalse();
		assertThat(comment.mayBeChangedBy(person(4L, GlobalRole.REDACTEUR))).as("a redacteur hides, not edits")
			.isFalse();
		assertThat(comment.mayBeChangedBy(person(5L, GlobalRole.BEHEERDER))).isTrue();
		assertThat(comment.mayBeChangedBy(null)).isFalse();
	}

	static MemberPrincipal person(Long id, GlobalRole role) {
		return new MemberPrincipal(id, "p" + id + "@example.org", "Persoon " + id, EnumSet.of(GlobalRole.LID, role),
				null);
	}

}
