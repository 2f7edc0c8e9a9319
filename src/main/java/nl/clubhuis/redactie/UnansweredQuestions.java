package nl.clubhuis.redactie;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * SPI for the questions module: the questions nobody answered since before a moment (a
 * week ago), oldest first, so the redactie can invite people who know. One statement. The
 * desk shows the section only when a bean implements this.
 */
public interface UnansweredQuestions {

	List<UnansweredQuestion> askedBefore(Instant moment, int howMany);

	/** A question as the desk lists it. */
	record UnansweredQuestion(String title, String path, ZonedDateTime askedAt) {
	}

}
