package nl.clubhuis.questions.domain;

/**
 * The filters of /vragen: open or answered (null for both), an expertise term and a
 * public Doetank (ids, or null).
 */
public record QuestionFilter(Boolean answered, Long expertiseId, Long doetankId) {

}
