package nl.clubhuis.questions.domain;

import java.time.Instant;
import java.util.List;

import nl.clubhuis.questions.Questions;
import nl.clubhuis.redactie.UnansweredQuestions;
import nl.clubhuis.shared.AmsterdamTime;
import nl.clubhuis.shared.NetworkActivity;

import org.springframework.stereotype.Component;

/**
 * Questions on other modules' pages: the newest ones in "Wat er beweegt" on the home
 * page, and those still without an answer on the redactie's desk (so the redactie can
 * invite people who know, as the LinkedIn group's moderators did).
 */
@Component
class QuestionSeams implements NetworkActivity, UnansweredQuestions {

	private final Questions questions;

	QuestionSeams(Questions questions) {
		this.questions = questions;
	}

	@Override
	public List<Activity> recent(int howMany) {
		return this.questions.recent(howMany)
			.stream()
			.map((question) -> new Activity(question.askedAt(), "home.activity.question", List.of(question.title()),
					question.path()))
			.toList();
	}

	@Override
	public List<UnansweredQuestion> askedBefore(Instant moment, int howMany) {
		return this.questions.unansweredSince(moment, howMany)
			.stream()
			.map((question) -> new UnansweredQuestion(question.title(), question.path(),
					AmsterdamTime.of(question.askedAt())))
			.toList();
	}

}
