/**
 * Documents of a Doetank: the team keeps its plan van aanpak, business case,
 * presentaties, eindpublicatie and verslagen on the Doetank page, public or for the team
 * only, every new version beside the earlier ones. Files pass the portal's one checker
 * ({@code shared.uploads}).
 * <p>
 * This package is the module's API ({@link nl.clubhuis.documents.DoetankDocuments} and
 * the records and enums it uses); {@code domain} holds the documents, their versions and
 * the access rule, {@code web} the pages and the Doetank page's section.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "doetank", "member", "audit", "shared" })
package nl.clubhuis.documents;
