package nl.clubhuis.questions;

/** What the redactie can hide: a question, an answer or a comment on an answer. */
public enum QuestionContent {

	QUESTION("question"), ANSWER("answer"), COMMENT("answer_comment");

	private final String table;

	QuestionContent(String table) {
		this.table = table;
	}

	String table() {
		return this.table;
	}

}
