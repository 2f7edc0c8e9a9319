/**
 * The network's one vocabulary of expertise ("juridisch", "ICT en data", ...): what
 * members say they know and what a Doetank is looking for, so the two can be matched. The
 * redactie keeps it.
 * <p>
 * This package is the module's API ({@link nl.clubhuis.expertise.ExpertiseVocabulary} and
 * the {@link nl.clubhuis.expertise.Expertise} records it returns); {@code domain} holds
 * the table.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package nl.clubhuis.expertise;
