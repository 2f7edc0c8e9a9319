package nl.clubhuis.questions.domain;

import java.time.ZonedDateTime;
import java.util.List;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.doetank.Phase;
import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.member.MemberRef;

/**
 * A question's page: its text as safe HTML, what it is about, and its answers with their
 * comments. {@code hiddenReason} is set when the redactie hid it (only its author and the
 * redactie get here then). {@code doetank} and {@code became} are public Doetanks or
 * null.
 */
public record QuestionView(long id, String title, String path, String bodyHtml, MemberRef asker, ZonedDateTime askedAt,
		List<Expertise> expertise, DoetankRef doetank, Phase phase, DoetankRef became, boolean answered,
		String hiddenReason, List<Answer> answers, May may) {

	/**
	 * An answer; {@code hiddenReason} set for its author and the redactie when hidden.
	 */
	public record Answer(long id, MemberRef author, String bodyHtml, ZonedDateTime writtenAt, boolean accepted,
			String hiddenReason, List<Comment> comments) {

	}

	public record Comment(long id, MemberRef author, String body, ZonedDateTime writtenAt, String hiddenReason) {

	}

	/**
	 * What the viewer may do here: answer and comment (members), mark the answer that
	 * helped and link the Doetank it became (the asker and the redactie).
	 */
	public record May(boolean answer, boolean accept, boolean asker) {

	}

}
