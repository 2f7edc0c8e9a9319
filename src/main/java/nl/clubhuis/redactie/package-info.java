/**
 * The editorial desk at /redactie, for redacteuren and beheerders: concepts and scheduled
 * posts of every kind, the moderation queue, the coming events with their registrations
 * and waiting lists, questions nobody answered within a week, what members wrote lately
 * (comments, questions, answers, through the SPI
 * {@link nl.clubhuis.shared.RecentWriting}) and recent posts. It only reads, through the
 * other modules' APIs; questions come in through the SPI
 * {@link nl.clubhuis.redactie.UnansweredQuestions} (the section stays away until a module
 * implements it).
 * <p>
 * Apart from {@code moderation} because the content modules depend on that one (they
 * implement its SPI), while this desk depends on them.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "agenda", "member", "moderation", "publishing", "shared" })
package nl.clubhuis.redactie;
