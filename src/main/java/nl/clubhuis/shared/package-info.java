/**
 * The kernel every module may use: security, web plumbing (page numbers, dates, errors),
 * Markdown, slugs, settings, and the checker for uploaded files ({@code uploads}). It
 * depends on no module; it is open, so every module may use its subpackages too.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {},
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.clubhuis.shared;
