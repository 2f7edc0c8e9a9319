/**
 * Questions to the network at /vragen, as the LinkedIn group was: a member asks (with
 * expertise terms, optionally about a Doetank and a phase), colleagues answer and comment
 * on answers, and the asker marks the answer that helped. Many Doetanks began as such a
 * question; a question links to the Doetank it became.
 * <p>
 * This package is the module's API: {@link nl.clubhuis.questions.Questions} (recent and
 * long-unanswered questions for other pages) and
 * {@link nl.clubhuis.questions.QuestionModeration} (the redactie hides and restores).
 * {@code domain} and {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "doetank", "expertise", "follow", "member",
		"moderation", "notifications", "redactie", "shared" })
package nl.clubhuis.questions;
