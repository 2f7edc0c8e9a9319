package nl.clubhuis.questions.domain;

import java.time.ZonedDateTime;
import java.util.List;

import nl.clubhuis.doetank.DoetankRef;
import nl.clubhuis.expertise.Expertise;
import nl.clubhuis.member.MemberRef;

/** A question on /vragen; {@code became} is the public Doetank it led to, or null. */
public record QuestionListItem(long id, String title, String path, MemberRef asker, ZonedDateTime askedAt, int answers,
		boolean answered, List<Expertise> expertise, DoetankRef became) {

}
