/**
 * Pages of the whole site: the home page, the route for newcomers, and /mijn, the
 * member's own start page, which shows the sections the modules add through
 * {@link nl.clubhuis.member.MyPageSection} without knowing any of them.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "agenda", "doetank", "member", "notifications", "publishing", "route", "shared" })
package nl.clubhuis.site;
