/**
 * The kernel every module may use: security, web plumbing (page numbers, dates, errors),
 * Markdown, slugs, settings. It depends on no module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package nl.clubhuis.shared;
