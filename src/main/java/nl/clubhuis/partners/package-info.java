/**
 * Kennissen en partners: the organisations and people around the network, by the part
 * they play, kept by the redactie.
 * <p>
 * This package is the module's API ({@link nl.clubhuis.partners.Partners} and its
 * records); {@code domain} implements it and {@code web} holds the pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "member", "shared" })
package nl.clubhuis.partners;
