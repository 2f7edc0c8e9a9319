package nl.clubhuis.shared;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What members wrote lately (comments, questions, answers), for the redactie's desk: each
 * module where members write offers its latest few, not hidden, as {@link Written}; the
 * desk merges them newest first. An implementation takes a fixed number of statements.
 */
public interface RecentWriting {

	/** At most {@code howMany}, newest first. */
	List<Written> latest(int howMany);

	/**
	 * One line: when, what kind of text (its message key takes the title of what it is
	 * about), who wrote it, the start of the text and where it is read.
	 */
	record Written(Instant when, String messageKey, String about, long authorId, String excerpt, String path) {

		private static final int EXCERPT = 160;

		public Written {
			excerpt = (excerpt == null) ? "" : excerpt.strip();
			if (excerpt.length() > EXCERPT) {
				excerpt = excerpt.substring(0, EXCERPT - 1) + "…";
			}
		}

		public ZonedDateTime at() {
			return AmsterdamTime.of(this.when);
		}

	}

}
