/**
 * Moderation: members report what others wrote (comments, messages, profiles, questions
 * and answers, a Doetank's blog posts and beschouwingen) with a reason; the redactie sees
 * one queue at /redactie/meldingen, grouped by item, and hides, restores or dismisses,
 * with a word to the author, who is told through a notification. What it hid after
 * reports is listed at /redactie/meldingen/verborgen, so a mistake can be undone.
 * <p>
 * The modules that own the content implement the SPI
 * {@link nl.clubhuis.moderation.Reportables} (one small bean per
 * {@link nl.clubhuis.moderation.ReportKind}); this module knows them only by that SPI, so
 * it depends on no content module and they may depend on it. Profiles are the exception:
 * the member module is below this one, so their bean ({@code domain.ProfileReportables})
 * lives here and works through {@link nl.clubhuis.member.ProfileModeration}. The
 * editorial desk (module {@code redactie}) reads the queue through
 * {@link nl.clubhuis.moderation.Moderation}.
 * <p>
 * This package is the module's API; {@code domain} and {@code web} are internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "member", "shared" })
package nl.clubhuis.moderation;
