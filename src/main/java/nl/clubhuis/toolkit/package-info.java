/**
 * The toolkit: werkvormen (working methods) with the phases they fit and the questions
 * they help with, printable templates and files to download, the inspiratiewijzer that
 * suggests them, and which Doetanks used which werkvorm.
 * <p>
 * This package is the module's API ({@link nl.clubhuis.toolkit.ToolkitCatalog},
 * {@link nl.clubhuis.toolkit.WerkvormService}, {@link nl.clubhuis.toolkit.WerkvormUsages}
 * and the records they take and return); {@code domain} implements it and {@code web}
 * holds the pages.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "doetank", "route", "member", "opendata", "shared" })
package nl.clubhuis.toolkit;
